package com.clintrack.careerguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleFileParserTest {

    private static final String FILE = "clinical-technician.json";
    private final RoleFileParser parser = new RoleFileParser();

    @Test
    void readsTheBundledClinicalTechnicianFile() {
        ParsedRole role = parser.parse(FILE, RoleFiles.bytes(RoleFiles.CLINICAL_TECHNICIAN));

        RoleProfile profile = role.profile();
        assertThat(profile.slug()).isEqualTo("clinical-technician");
        assertThat(profile.keyFacts().medianSalaryUsd()).isEqualTo(39_180);
        assertThat(profile.careerLadder().getLast().yearsTo()).isNull();
        assertThat(profile.steps().getFirst().relatedCertifications()).isEmpty();
        assertThat(profile.steps().get(1).relatedCertifications()).containsExactly("PBT", "CCHT", "CMA");
        assertThat(profile.interviewQuestions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(role.json()).startsWith("{\"schemaVersion\":1,");
    }

    @Test
    void aSchemaViolationNamesFilePathAndReason() {
        byte[] bad = RoleFiles.clinicalTechnicianWith(tree ->
                RoleFiles.object(tree, "keyFacts").put("medianSalaryUsd", "about 39k"));

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.file()).isEqualTo(FILE);
                        assertThat(problem.path()).isEqualTo("$.keyFacts.medianSalaryUsd");
                        assertThat(problem.reason()).contains("string").contains("integer");
                    });
                    assertThat(e.getMessage()).contains(FILE).contains("$.keyFacts.medianSalaryUsd");
                });
    }

    @Test
    void aMissingRequiredSectionAndAnUnknownNestedFieldAreBothReported() {
        byte[] bad = RoleFiles.clinicalTechnicianWith(tree -> {
            tree.remove("faq");
            RoleFiles.object(tree, "keyFacts").put("medianSalaryEur", 1);
        });

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems())
                        .extracting(RoleFileProblem::path, RoleFileProblem::reason)
                        .anySatisfy(problem -> assertThat(problem.toList()).containsExactly("$",
                                "required property 'faq' not found"))
                        .anySatisfy(problem -> assertThat(problem.toList().getFirst()).isEqualTo("$.keyFacts")));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        byte[] bad = "{\n  \"slug\": \"x\",\n  oops\n}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.path()).isEqualTo("$");
                            assertThat(problem.reason()).startsWith("not valid JSON").contains("line 3");
                        }));
    }

    @Test
    void aDuplicateKeyInTheJsonIsRefused() {
        byte[] bad = "{\"slug\": \"a\", \"slug\": \"b\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems().getFirst().reason())
                        .contains("Duplicate field 'slug'"));
    }

    @Test
    void aKeywordSynonymUsedTwiceIsRefusedWithBothPlaces() {
        byte[] bad = RoleFiles.clinicalTechnicianWith(tree ->
                ((ArrayNode) tree.get("keywords").get(3).get("synonyms")).add("Venipuncture"));

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.path()).startsWith("$.keywords[3].synonyms[");
                            assertThat(problem.reason()).contains("\"Venipuncture\"").contains("$.keywords[1].synonyms[0]");
                        }));
    }

    @Test
    void schemaProblemsAndRuleProblemsAreReportedTogetherInPathOrder() {
        byte[] bad = RoleFiles.clinicalTechnicianWith(tree -> {
            ((ArrayNode) tree.get("keywords").get(3).get("synonyms")).add("venipuncture");
            ((ObjectNode) tree.get("salaryByLevel").get(0)).put("medianUsd", "35k");
            ((ObjectNode) tree.get("interviewQuestions").get(2)).remove("id");
        });

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems())
                        .extracting(RoleFileProblem::path)
                        .containsExactly("$.interviewQuestions[2]", "$.keywords[3].synonyms[9]",
                                "$.salaryByLevel[0].medianUsd"));
    }

    @Test
    void aDuplicateInterviewQuestionIdIsRefused() {
        byte[] bad = RoleFiles.clinicalTechnicianWith(tree ->
                ((ObjectNode) tree.get("interviewQuestions").get(5)).put("id", "iq-01"));

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems())
                        .containsExactly(new RoleFileProblem(FILE, "$.interviewQuestions[5].id",
                                "duplicate interview question id \"iq-01\", first used at $.interviewQuestions[0]")));
    }

    @Test
    void rangesAndTheLadderMustMakeSense() {
        byte[] bad = RoleFiles.clinicalTechnicianWith(tree -> {
            ((ObjectNode) tree.get("globalSalaries").get(2)).put("usdMin", 90_000);
            ((ObjectNode) tree.get("careerLadder").get(1)).putNull("yearsTo");
        });

        assertThatThrownBy(() -> parser.parse(FILE, bad))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems())
                        .extracting(RoleFileProblem::path)
                        .containsExactlyInAnyOrder("$.globalSalaries[2].usdMin", "$.careerLadder[1].yearsTo"));
    }

    @Test
    void refusesFilesThatAreTooLargeOrNotUtf8() {
        assertThatThrownBy(() -> parser.parse(FILE, new byte[RoleFileParser.MAX_FILE_BYTES + 1]))
                .isInstanceOf(RoleFileException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> parser.parse(FILE, new byte[] {'{', (byte) 0xC3, '}'}))
                .isInstanceOf(RoleFileException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void optionalSectionsLeftOutBecomeEmptyLists() {
        byte[] trimmed = RoleFiles.clinicalTechnicianWith(tree -> List.of("qualificationsContext", "educationNotes",
                "entryRoutes", "salaryFactors", "careerPathNotes", "globalNotes", "diversity", "applicationToolkit")
                .forEach(tree::remove));

        RoleProfile profile = parser.parse(FILE, trimmed).profile();

        assertThat(profile.qualificationsContext()).isEmpty();
        assertThat(profile.salaryFactors()).isEmpty();
        assertThat(profile.entryRoutes()).isNull();
        assertThat(profile.diversity()).isNull();
    }
}
