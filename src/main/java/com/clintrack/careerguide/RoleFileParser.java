package com.clintrack.careerguide;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads a role file: JSON syntax, then the JSON Schema, then the rules a schema cannot state (unique
 * keywords, question ids and certification codes; min not above max). Every problem names the file, the
 * JSONPath inside it and the reason. Uses Jackson 2, which the schema validator is built on; the rest of
 * the app speaks Jackson 3 and only ever sees the result.
 */
@Component
class RoleFileParser {

    static final String SCHEMA_LOCATION = "careerguide/role-profile.schema.json";
    /** Largest accepted file; also the size of the column that keeps uploaded versions. */
    static final int MAX_FILE_BYTES = 1_048_576;
    /** More problems than this are not listed: the first ones are enough to fix the file. */
    static final int MAX_PROBLEMS = 50;

    private static final String ROOT = "$";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final JsonSchema schema;

    RoleFileParser() {
        try (InputStream in = new ClassPathResource(SCHEMA_LOCATION).getInputStream()) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_PATH)
                    .locale(Locale.ENGLISH)
                    .build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(mapper.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the role-profile schema " + SCHEMA_LOCATION, e);
        }
    }

    /**
     * @param file the file's name, used in problems
     * @throws RoleFileException when the file cannot be used
     */
    ParsedRole parse(String file, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw invalid(file, List.of(new RoleFileProblem(file, ROOT,
                    "the file has " + content.length + " bytes; the limit is " + MAX_FILE_BYTES)));
        }
        String text = decode(file, content);
        JsonNode tree = readTree(file, text);
        List<RoleFileProblem> problems = new ArrayList<>(schemaProblems(file, tree));
        problems.addAll(ruleProblems(file, tree));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RoleFileProblem::path).thenComparing(RoleFileProblem::reason));
            throw invalid(file, problems);
        }
        RoleProfile profile;
        try {
            profile = mapper.treeToValue(tree, RoleProfile.class);
        } catch (JsonProcessingException e) {
            // The schema should have caught this; the binding and the schema disagree.
            throw invalid(file, List.of(new RoleFileProblem(file, ROOT, e.getOriginalMessage())));
        }
        return new ParsedRole(file, profile, tree, text, compact(tree));
    }

    private static RoleFileException invalid(String file, List<RoleFileProblem> problems) {
        List<RoleFileProblem> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
        return new RoleFileException("Role file " + file + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):", shown);
    }

    private static String decode(String file, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid(file, List.of(new RoleFileProblem(file, ROOT, "the file is not UTF-8 text")));
        }
    }

    private JsonNode readTree(String file, String text) {
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw invalid(file, List.of(new RoleFileProblem(file, ROOT, "the file is empty")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw invalid(file, List.of(new RoleFileProblem(file, ROOT,
                    "not valid JSON: " + e.getOriginalMessage() + position)));
        }
    }

    private List<RoleFileProblem> schemaProblems(String file, JsonNode tree) {
        return schema.validate(tree).stream()
                .sorted(Comparator.comparing((ValidationMessage message) -> message.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(message -> new RoleFileProblem(file, message.getInstanceLocation().toString(), reason(message)))
                .toList();
    }

    /** The validator's message without the path it starts with. */
    private static String reason(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    /**
     * Rules over several entries, which JSON Schema cannot express. They read the tree defensively, so they run
     * beside the schema and one upload reports both kinds of problem; values the schema already refuses
     * (missing, blank, wrong type) are left to it.
     */
    private static List<RoleFileProblem> ruleProblems(String file, JsonNode tree) {
        List<RoleFileProblem> problems = new ArrayList<>();
        uniqueKeywords(file, tree.path("keywords"), problems);
        unique(file, tree.path("interviewQuestions"), "$.interviewQuestions", "id", "interview question id",
                problems);
        unique(file, tree.path("certifications"), "$.certifications", "code", "certification code", problems);
        unique(file, tree.path("salaryByLevel"), "$.salaryByLevel", "level", "level", problems);
        unique(file, tree.path("steps"), "$.steps", "order", "step number", problems);
        range(file, tree.path("keyFacts").path("salaryRangeUsd"), "$.keyFacts.salaryRangeUsd", "min", "max", problems);
        each(tree.path("educationCosts"), "$.educationCosts", (node, path) ->
                range(file, node, path, "costMinUsd", "costMaxUsd", problems));
        each(tree.path("globalSalaries"), "$.globalSalaries", (node, path) -> {
            range(file, node, path, "localMin", "localMax", problems);
            range(file, node, path, "usdMin", "usdMax", problems);
        });
        each(tree.path("steps"), "$.steps", (node, path) -> range(file, node, path, "hoursMin", "hoursMax", problems));
        ladder(file, tree.path("careerLadder"), problems);
        return problems;
    }

    private static void uniqueKeywords(String file, JsonNode keywords, List<RoleFileProblem> problems) {
        Map<String, String> firstUse = new HashMap<>();
        each(keywords, "$.keywords", (keyword, path) -> {
            claim(file, keyword.path("term").asText(), path + ".term", firstUse, problems);
            each(keyword.path("synonyms"), path + ".synonyms", (synonym, synonymPath) ->
                    claim(file, synonym.asText(), synonymPath, firstUse, problems));
        });
    }

    private static void claim(String file, String word, String path, Map<String, String> firstUse,
            List<RoleFileProblem> problems) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return;
        }
        String previous = firstUse.putIfAbsent(key, path);
        if (previous != null) {
            problems.add(new RoleFileProblem(file, path,
                    "\"" + word + "\" is already a keyword term or synonym at " + previous));
        }
    }

    private static void unique(String file, JsonNode array, String arrayPath, String field, String what,
            List<RoleFileProblem> problems) {
        Map<String, String> firstUse = new HashMap<>();
        each(array, arrayPath, (node, path) -> {
            String value = node.path(field).asText().strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                return;
            }
            String previous = firstUse.putIfAbsent(value, path);
            if (previous != null) {
                problems.add(new RoleFileProblem(file, path + "." + field,
                        "duplicate " + what + " \"" + node.path(field).asText() + "\", first used at " + previous));
            }
        });
    }

    private static void range(String file, JsonNode node, String path, String minField, String maxField,
            List<RoleFileProblem> problems) {
        JsonNode min = node.path(minField);
        JsonNode max = node.path(maxField);
        if (min.isNumber() && max.isNumber() && min.asLong() > max.asLong()) {
            problems.add(new RoleFileProblem(file, path + "." + minField,
                    minField + " " + min.asLong() + " is greater than " + maxField + " " + max.asLong()));
        }
    }

    private static void ladder(String file, JsonNode levels, List<RoleFileProblem> problems) {
        for (int i = 0; i < levels.size(); i++) {
            JsonNode level = levels.path(i);
            String path = "$.careerLadder[" + i + "].yearsTo";
            JsonNode to = level.path("yearsTo");
            int from = level.path("yearsFrom").asInt();
            if (to.isNull() && i < levels.size() - 1) {
                problems.add(new RoleFileProblem(file, path, "only the last level may be open-ended (yearsTo null)"));
            }
            if (to.isNumber() && to.asInt() <= from) {
                problems.add(new RoleFileProblem(file, path,
                        "yearsTo " + to.asInt() + " must be greater than yearsFrom " + from));
            }
        }
    }

    private static void each(JsonNode array, String arrayPath, BiConsumer<JsonNode, String> action) {
        for (int i = 0; i < array.size(); i++) {
            action.accept(array.path(i), arrayPath + "[" + i + "]");
        }
    }

    private String compact(JsonNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON tree that was just read", e);
        }
    }
}
