package com.clintrack.careerguide.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.careerguide.CareerGuideTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The roles API, and the fidelity check: every figure the issue lists is read back through the API and
 * compared with the seed career guide (clinical-technician-career-guide.txt).
 */
@CareerGuideTest
class RolesApiTest {

    private static final String CT = "/api/v1/roles/clinical-technician";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private AccountService accounts;
    @Autowired
    private ObjectMapper json;

    private String bearer;

    @BeforeEach
    void token() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "guide-api");
        String basic = Base64.getEncoder().encodeToString((user.email() + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        bearer = "Bearer " + json.readTree(body).get("token").asString();
    }

    private JsonNode profile() throws Exception {
        String body = mvc.perform(get(CT).header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void listsEveryRoleWithSlugTitleAndSummaryOnly() throws Exception {
        mvc.perform(get("/api/v1/roles").header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == 'clinical-technician')].title").value("Clinical Technician"))
                .andExpect(jsonPath("$[?(@.slug == 'sample-technician')].title").value("Sample Technician"))
                .andExpect(jsonPath("$[0].summary").isString())
                .andExpect(jsonPath("$[0].length()").value(3));
    }

    @Test
    void anUnknownSlugIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/roles/no-such-role").header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.type").value("https://clintrack.app/problems/not-found"));
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/roles")).andExpect(status().isUnauthorized());
        mvc.perform(get(CT)).andExpect(status().isUnauthorized());
    }

    @Test
    void keyFactsMatchTheSeed() throws Exception {
        JsonNode facts = profile().get("keyFacts");

        assertThat(facts.get("medianSalaryUsd").isNumber()).isTrue();
        assertThat(facts.get("medianSalaryUsd").asLong()).isEqualTo(39_180);
        assertThat(facts.get("salaryRangeUsd").get("min").asLong()).isEqualTo(30_000);
        assertThat(facts.get("salaryRangeUsd").get("max").asLong()).isEqualTo(50_000);
        assertThat(facts.get("growthPercent").asDouble()).isEqualTo(7.0);
        assertThat(facts.get("growthPeriod").asString()).isEqualTo("2022-2032");
        assertThat(facts.get("annualOpenings").asLong()).isEqualTo(17_000);
        assertThat(strings(facts.get("topIndustries"))).containsExactly("Hospitals (State, Local, and Private)",
                "Physicians' Offices", "Outpatient Care Centers", "Medical and Diagnostic Laboratories");
        assertThat(facts.get("medianSalaryNote").asString()).contains("May 2023").contains("BLS");
        assertThat(facts.get("typicalEducation").asString()).containsIgnoringCase("associate");
    }

    @Test
    void salaryByLevelMatchesTheSeed() throws Exception {
        JsonNode levels = profile().get("salaryByLevel");

        assertThat(levels).hasSize(4);
        assertLevel(levels.get(0), "Junior Clinical Technician", 35_000, 38_000);
        assertLevel(levels.get(1), "Clinical Technician", 42_000, 45_000);
        assertLevel(levels.get(2), "Senior Clinical Technician", 52_000, 55_000);
        assertLevel(levels.get(3), "Lead Clinical Technician", 62_000, 65_000);
    }

    private static void assertLevel(JsonNode level, String name, long median, long average) {
        assertThat(level.get("level").asString()).isEqualTo(name);
        assertThat(level.get("medianUsd").asLong()).isEqualTo(median);
        assertThat(level.get("averageUsd").asLong()).isEqualTo(average);
    }

    @Test
    void theCareerLadderHasFourLevelsWithTheirYears() throws Exception {
        JsonNode ladder = profile().get("careerLadder");

        assertThat(ladder).hasSize(4);
        assertRung(ladder.get(0), "Junior Clinical Technician", 0, 2);
        assertRung(ladder.get(1), "Clinical Technician", 2, 4);
        assertRung(ladder.get(2), "Senior Clinical Technician", 4, 7);
        assertThat(ladder.get(3).get("title").asString()).isEqualTo("Lead Clinical Technician");
        assertThat(ladder.get(3).get("yearsFrom").asInt()).isEqualTo(7);
        assertThat(ladder.get(3).has("yearsTo")).isTrue();
        assertThat(ladder.get(3).get("yearsTo").isNull()).isTrue();
        for (JsonNode rung : ladder) {
            assertThat(rung.get("responsibilities")).isNotEmpty();
            assertThat(rung.get("focusAreas")).isNotEmpty();
        }
    }

    private static void assertRung(JsonNode rung, String title, int from, int to) {
        assertThat(rung.get("title").asString()).isEqualTo(title);
        assertThat(rung.get("yearsFrom").asInt()).isEqualTo(from);
        assertThat(rung.get("yearsTo").asInt()).isEqualTo(to);
    }

    @Test
    void globalSalariesMatchTheSeedInLocalCurrencyAndUsd() throws Exception {
        JsonNode salaries = profile().get("globalSalaries");

        List<String> rows = new ArrayList<>();
        for (JsonNode row : salaries) {
            rows.add(row.get("country").asString() + " " + row.get("currency").asString() + " "
                    + row.get("localMin").asLong() + "-" + row.get("localMax").asLong() + " USD "
                    + row.get("usdMin").asLong() + "-" + row.get("usdMax").asLong());
        }
        assertThat(rows).containsExactly(
                "United States USD 45000-70000 USD 45000-70000",
                "Canada CAD 40000-60000 USD 29000-44000",
                "Germany EUR 35000-55000 USD 38000-60000",
                "United Kingdom GBP 28000-45000 USD 35000-56000",
                "Spain EUR 25000-40000 USD 27000-44000",
                "Australia AUD 55000-80000 USD 36000-53000",
                "Japan JPY 3500000-5500000 USD 23000-37000",
                "Brazil BRL 40000-70000 USD 8000-14000");
    }

    @Test
    void listsHaveTheSeedsCounts() throws Exception {
        JsonNode profile = profile();

        assertThat(profile.get("responsibilities")).hasSize(7);
        assertThat(profile.get("technicalSkills")).hasSize(10);
        assertThat(profile.get("softSkills")).hasSize(7);
        assertThat(profile.get("steps")).hasSize(6);
        assertThat(profile.get("pros")).hasSize(7);
        assertThat(profile.get("cons")).hasSize(7);
        assertThat(profile.get("faq")).hasSize(8);
        assertThat(profile.get("relatedCareers")).hasSize(5);
        assertThat(profile.get("specializations")).hasSize(5);
        assertThat(profile.get("educationPathways")).hasSize(4);
        for (JsonNode entry : profile.get("faq")) {
            assertThat(entry.get("question").asString()).isNotBlank();
            assertThat(entry.get("answer").asString()).isNotBlank();
        }
        assertThat(profile.get("softSkills").get(0).get("why").asString()).isNotBlank();
    }

    @Test
    void educationStepsAndToolsCarryTheSeedsFigures() throws Exception {
        JsonNode profile = profile();

        JsonNode costs = profile.get("educationCosts");
        assertThat(costs.get(0).get("costMinUsd").asLong()).isEqualTo(10_000);
        assertThat(costs.get(0).get("costMaxUsd").asLong()).isEqualTo(30_000);
        assertThat(costs.get(0).get("duration").asString()).isEqualTo("2 years");
        assertThat(costs.get(1).get("costMinUsd").asLong()).isEqualTo(5_000);
        assertThat(costs.get(1).get("costMaxUsd").asLong()).isEqualTo(15_000);
        assertThat(costs.get(1).get("duration").asString()).isEqualTo("9-12 months");
        assertThat(profile.get("accreditation").asString()).contains("NAACLS");
        JsonNode practice = profile.get("steps").get(2);
        assertThat(practice.get("hoursMin").asInt()).isEqualTo(150);
        assertThat(practice.get("hoursMax").asInt()).isEqualTo(500);
        assertThat(profile.get("steps").get(0).get("duration").asString()).isEqualTo("1-2 years");
        assertThat(strings(profile.get("tools").get("equipment"))).containsExactly("EKG machines",
                "sphygmomanometers", "glucometers", "phlebotomy equipment", "centrifuges", "autoclaves");
        assertThat(strings(profile.get("tools").get("ehrSystems"))).containsExactly("Epic", "Cerner", "Meditech");
        assertThat(strings(profile.get("tools").get("other"))).anyMatch(tool -> tool.contains("LIS"));
    }

    @Test
    void certificationsHaveIssuersRenewalsAndSources() throws Exception {
        JsonNode certifications = profile().get("certifications");

        List<String> codes = new ArrayList<>();
        for (JsonNode certification : certifications) {
            codes.add(certification.get("code").asString());
            assertThat(certification.get("name").asString()).isNotBlank();
            assertThat(certification.get("issuer").asString()).isNotBlank();
            assertThat(certification.has("renewalYears")).isTrue();
            assertThat(certification.get("source").asString()).isNotBlank();
        }
        assertThat(codes).contains("PBT", "CCHT", "CMA", "CCMA", "BLS", "CNA");
        assertThat(renewal(certifications, "BLS")).isEqualTo(2);
        assertThat(renewal(certifications, "CPT")).isEqualTo(2);
        assertThat(renewal(certifications, "PBT")).isEqualTo(3);
        assertThat(issuer(certifications, "BLS")).contains("American Heart Association");
        assertThat(issuer(certifications, "CPT")).contains("National Healthcareer Association");
        assertThat(issuer(certifications, "PBT")).contains("ASCP");
    }

    private static int renewal(JsonNode certifications, String code) {
        return find(certifications, code).get("renewalYears").asInt();
    }

    private static String issuer(JsonNode certifications, String code) {
        return find(certifications, code).get("issuer").asString();
    }

    private static JsonNode find(JsonNode certifications, String code) {
        for (JsonNode certification : certifications) {
            if (certification.get("code").asString().equals(code)) {
                return certification;
            }
        }
        throw new AssertionError("No certification " + code);
    }

    @Test
    void theInterviewBankAndKeywordsHaveTheContractFields() throws Exception {
        JsonNode profile = profile();

        JsonNode questions = profile.get("interviewQuestions");
        assertThat(questions.size()).isGreaterThanOrEqualTo(40);
        List<String> categories = new ArrayList<>();
        for (JsonNode question : questions) {
            assertThat(question.get("id").asString()).matches("iq-\\d{2,}");
            assertThat(question.get("difficulty").asString()).isIn("EASY", "MEDIUM", "HARD");
            assertThat(question.get("question").asString()).isNotBlank();
            assertThat(question.get("guidance").asString()).isNotBlank();
            categories.add(question.get("category").asString());
        }
        assertThat(categories).contains("BEHAVIORAL", "TECHNICAL", "SITUATIONAL", "PATIENT_COMMUNICATION");

        assertThat(synonyms(profile, "Phlebotomy")).contains("venipuncture", "blood draw");
        assertThat(synonyms(profile, "EKG")).contains("ECG", "12-lead");
        assertThat(synonyms(profile, "Vital Signs")).contains("vitals");
        assertThat(profile.get("keywords").toString()).contains("BLS").contains("CPR");
    }

    private static List<String> synonyms(JsonNode profile, String term) {
        for (JsonNode keyword : profile.get("keywords")) {
            if (keyword.get("term").asString().equals(term)) {
                return strings(keyword.get("synonyms"));
            }
        }
        throw new AssertionError("No keyword " + term);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
