package com.clintrack.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Clinical Technician data bundled with the career guide
 * ({@code careerguide/clinical-technician.json}) plus a few documents-owned extra keywords
 * ({@code documents/extra-keywords.json}). The only class that knows where the role data comes from.
 */
@Component
class BundledRoleData implements RoleData {

    static final String ROLE_FILE = "careerguide/clinical-technician.json";
    static final String EXTRA_FILE = "documents/extra-keywords.json";

    private final KeywordDictionary dictionary;
    private final List<String> checklist;
    private final List<String> technicalSkills;
    private final List<String> softSkills;

    BundledRoleData() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode role = read(json, ROLE_FILE);
        JsonNode extra = read(json, EXTRA_FILE);
        List<KeywordDictionary.Keyword> keywords = new ArrayList<>();
        addKeywords(role.path("keywords"), keywords);
        addKeywords(extra.path("keywords"), keywords);

        List<String> profile = new ArrayList<>();
        profile.add(role.path("title").asString());
        List<String> technical = new ArrayList<>();
        for (JsonNode skill : role.path("technicalSkills")) {
            technical.add(skill.path("name").asString());
            profile.add(skill.path("name").asString());
            skill.path("examples").forEach(example -> profile.add(example.asString()));
        }
        List<String> soft = new ArrayList<>();
        for (JsonNode skill : role.path("softSkills")) {
            soft.add(skill.path("name").asString());
            profile.add(skill.path("name").asString());
        }
        for (JsonNode cert : role.path("certifications")) {
            if (cert.path("mentionedInSeed").asBoolean(false)) {
                profile.add(cert.path("code").asString());
            }
        }
        role.path("responsibilities").forEach(line -> profile.add(line.asString()));
        extra.path("profileTerms").forEach(term -> profile.add(term.asString()));

        // The checklist is the role's own hard skills, in the order the career guide lists them.
        Set<String> checklistItems = new LinkedHashSet<>();
        for (JsonNode node : role.path("keywords")) {
            if (KeywordCategory.HARD_SKILL.name().equals(node.path("category").asString())) {
                checklistItems.add(node.path("term").asString());
            }
        }
        this.dictionary = new KeywordDictionary(role.path("title").asString(), keywords, profile);
        this.checklist = List.copyOf(checklistItems);
        this.technicalSkills = List.copyOf(technical);
        this.softSkills = List.copyOf(soft);
    }

    private static void addKeywords(JsonNode array, List<KeywordDictionary.Keyword> into) {
        for (JsonNode node : array) {
            List<String> synonyms = new ArrayList<>();
            node.path("synonyms").forEach(synonym -> synonyms.add(synonym.asString()));
            into.add(new KeywordDictionary.Keyword(node.path("term").asString(),
                    KeywordCategory.valueOf(node.path("category").asString()), synonyms));
        }
    }

    private static JsonNode read(JsonMapper json, String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    @Override
    public KeywordDictionary dictionary() {
        return dictionary;
    }

    @Override
    public List<String> clinicalChecklist() {
        return checklist;
    }

    @Override
    public List<String> technicalSkills() {
        return technicalSkills;
    }

    @Override
    public List<String> softSkills() {
        return softSkills;
    }
}
