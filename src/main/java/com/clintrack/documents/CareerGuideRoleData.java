package com.clintrack.documents;

import com.clintrack.careerguide.Keyword;
import com.clintrack.careerguide.RoleProfile;
import com.clintrack.careerguide.RoleProfileService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RoleData} from the career guide: the active version of the default role (Clinical Technician),
 * read through {@link RoleProfileService}, plus a few documents-owned extra keywords
 * ({@code documents/extra-keywords.json}). The keyword matcher is compiled once per role version, so
 * an admin's upload of new role data is used at once. The only class that knows where role data comes from.
 */
@Component
class CareerGuideRoleData implements RoleData {

    static final String EXTRA_FILE = "documents/extra-keywords.json";

    private final RoleProfileService guide;
    private final Extras extras;
    private volatile @Nullable Snapshot snapshot;

    CareerGuideRoleData(RoleProfileService guide) {
        this.guide = guide;
        this.extras = Extras.load();
    }

    /** The documents-owned additions to the role's keywords. */
    record Extras(List<KeywordDictionary.Keyword> keywords, List<String> profileTerms) {

        static Extras load() {
            try (InputStream in = new ClassPathResource(EXTRA_FILE).getInputStream()) {
                JsonNode root = JsonMapper.builder().build().readTree(in);
                List<KeywordDictionary.Keyword> keywords = new ArrayList<>();
                for (JsonNode node : root.path("keywords")) {
                    List<String> synonyms = new ArrayList<>();
                    node.path("synonyms").forEach(s -> synonyms.add(s.asString()));
                    keywords.add(new KeywordDictionary.Keyword(node.path("term").asString(),
                            KeywordCategory.valueOf(node.path("category").asString()), synonyms));
                }
                List<String> terms = new ArrayList<>();
                root.path("profileTerms").forEach(t -> terms.add(t.asString()));
                return new Extras(keywords, terms);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + EXTRA_FILE, e);
            }
        }
    }

    /** Everything documents derive from one version of the role. */
    record Snapshot(RoleProfile source, KeywordDictionary dictionary, List<String> clinicalChecklist,
            List<String> technicalSkills, List<String> softSkills, KeywordMatcher matcher) implements RoleData {
    }

    /** The role data of one profile, for tests and for the live adapter alike. */
    static Snapshot of(RoleProfile role, Extras extras) {
        List<KeywordDictionary.Keyword> keywords = new ArrayList<>();
        // The checklist is the role's own hard skills, in the order the career guide lists them.
        Set<String> checklist = new LinkedHashSet<>();
        for (Keyword keyword : role.keywords()) {
            KeywordCategory category = KeywordCategory.valueOf(keyword.category().name());
            keywords.add(new KeywordDictionary.Keyword(keyword.term(), category, keyword.synonyms()));
            if (category == KeywordCategory.HARD_SKILL) {
                checklist.add(keyword.term());
            }
        }
        keywords.addAll(extras.keywords());

        List<String> profile = new ArrayList<>();
        profile.add(role.title());
        List<String> technical = new ArrayList<>();
        for (RoleProfile.TechnicalSkill skill : role.technicalSkills()) {
            technical.add(skill.name());
            profile.add(skill.name());
            profile.addAll(skill.examples());
        }
        List<String> soft = new ArrayList<>();
        for (RoleProfile.SoftSkill skill : role.softSkills()) {
            soft.add(skill.name());
            profile.add(skill.name());
        }
        for (RoleProfile.Certification certification : role.certifications()) {
            if (certification.mentionedInSeed()) {
                profile.add(certification.code());
            }
        }
        profile.addAll(role.responsibilities());
        profile.addAll(extras.profileTerms());
        KeywordDictionary dictionary = new KeywordDictionary(role.title(), keywords, profile);
        return new Snapshot(role, dictionary, List.copyOf(checklist), List.copyOf(technical), List.copyOf(soft),
                new KeywordMatcher(dictionary));
    }

    private Snapshot current() {
        String slug = guide.defaultSlug().orElseThrow(() -> new IllegalStateException("The career guide has no role"));
        RoleProfile profile = guide.get(slug);
        Snapshot known = snapshot;
        if (known == null || known.source() != profile) {
            known = of(profile, extras);
            snapshot = known;
        }
        return known;
    }

    @Override
    public KeywordDictionary dictionary() {
        return current().dictionary();
    }

    @Override
    public List<String> clinicalChecklist() {
        return current().clinicalChecklist();
    }

    @Override
    public List<String> technicalSkills() {
        return current().technicalSkills();
    }

    @Override
    public List<String> softSkills() {
        return current().softSkills();
    }

    @Override
    public KeywordMatcher matcher() {
        return current().matcher();
    }
}
