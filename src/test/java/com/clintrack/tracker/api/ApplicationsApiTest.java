package com.clintrack.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@AutoConfigureMockMvc
class ApplicationsApiTest {

    private static final String BASE = "/api/v1/applications";
    private static final String NEW_APPLICATION = """
            {"company":"St. Mary's Hospital","title":"Clinical Technician","url":"https://jobs.example.com/1",
             "source":"Indeed","employmentType":"PER_DIEM","shift":"NIGHTS","setting":"HOSPITAL",
             "salaryMin":19.5,"salaryMax":24,"salaryPeriod":"HOURLY","priority":4,"tags":["ICU","nights"],
             "city":"Chicago","state":"IL","zip":"60601"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ObjectMapper json;

    private String alice;
    private String bob;

    @BeforeEach
    void tokens() throws Exception {
        alice = token(TestAccounts.register(accounts, "api-alice"));
        bob = token(TestAccounts.register(accounts, "api-bob"));
    }

    private String token(AccountSummary account) throws Exception {
        String basic = Base64.getEncoder().encodeToString((account.email() + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asString();
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private JsonNode create(String token, String body) throws Exception {
        String answer = mvc.perform(as(token, post(BASE)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    @Test
    void createsWithLocationAndExactFieldNames() throws Exception {
        var result = mvc.perform(as(alice, post(BASE)).contentType(MediaType.APPLICATION_JSON).content(NEW_APPLICATION))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.company").value("St. Mary's Hospital"))
                .andExpect(jsonPath("$.stage").value("SAVED"))
                .andExpect(jsonPath("$.tags[0]").value("icu"))
                .andExpect(jsonPath("$.location").value("Chicago, IL 60601"))
                .andExpect(jsonPath("$.salaryPeriod").value("HOURLY"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        JsonNode created = json.readTree(result.getResponse().getContentAsString());
        long id = created.get("id").asLong();
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(BASE + "/" + id);
        for (String field : new String[] {"id", "company", "title", "location", "url", "source", "employmentType",
                "shift", "setting", "salaryMin", "salaryMax", "salaryPeriod", "stage", "closedReason", "priority",
                "tags", "appliedOn", "createdAt", "updatedAt", "version"}) {
            assertThat(created.has(field)).as(field).isTrue();
        }
        mvc.perform(as(alice, get(BASE + "/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Clinical Technician"));
    }

    @Test
    void theDocumentsSentCannotBeSetThroughCreateOrUpdate() throws Exception {
        JsonNode created = create(alice, "{\"company\":\"Mercy\",\"title\":\"EKG Tech\",\"resumeVersionId\":999,"
                + "\"coverLetterVersionId\":998}");
        org.assertj.core.api.Assertions.assertThat(created.get("resumeVersionId").isNull()).isTrue();
        org.assertj.core.api.Assertions.assertThat(created.get("coverLetterVersionId").isNull()).isTrue();
    }

    @Test
    void listHasContentAndPageAndFilters() throws Exception {
        create(alice, NEW_APPLICATION);
        create(alice, "{\"company\":\"Quest Lab\",\"title\":\"Phlebotomist\",\"stage\":\"APPLIED\"}");
        create(alice, "{\"company\":\"Dialysis Center\",\"title\":\"Patient Care Tech\"}");
        mvc.perform(as(alice, get(BASE).param("size", "2").param("sort", "company,asc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].company").value("Dialysis Center"))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(2))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        mvc.perform(as(alice, get(BASE).param("stage", "APPLIED")))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].appliedOn").isNotEmpty());
        mvc.perform(as(alice, get(BASE).param("q", "mary")))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(as(bob, get(BASE))).andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(as(alice, get(BASE).param("sort", "password"))).andExpect(status().isBadRequest());
    }

    @Test
    void putWithStaleVersionIsConflictAndKeepsTheFirstSave() throws Exception {
        long id = create(alice, NEW_APPLICATION).get("id").asLong();
        String first = NEW_APPLICATION.replace("\"priority\":4", "\"priority\":5,\"version\":0");
        mvc.perform(as(alice, put(BASE + "/" + id)).contentType(MediaType.APPLICATION_JSON).content(first))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value(5))
                .andExpect(jsonPath("$.version").value(1));
        String stale = NEW_APPLICATION.replace("\"priority\":4", "\"priority\":1,\"version\":0");
        mvc.perform(as(alice, put(BASE + "/" + id)).contentType(MediaType.APPLICATION_JSON).content(stale))
                .andExpect(status().isConflict())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        mvc.perform(as(alice, get(BASE + "/" + id))).andExpect(jsonPath("$.priority").value(5));
    }

    @Test
    void nonWebUrlIsBadRequest() throws Exception {
        mvc.perform(as(alice, post(BASE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"company\":\"X\",\"title\":\"Y\",\"url\":\"javascript:alert(1)\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.url").exists());
        mvc.perform(as(alice, post(BASE)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"company\":\"X\",\"title\":\"Y\",\"url\":\"ftp://example.com/job\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void stageMoveWritesHistoryAndClosedNeedsReason() throws Exception {
        long id = create(alice, NEW_APPLICATION).get("id").asLong();
        mvc.perform(as(alice, post(BASE + "/" + id + "/stage")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"APPLIED\",\"note\":\"Sent via portal\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("APPLIED"))
                .andExpect(jsonPath("$.appliedOn").isNotEmpty());
        mvc.perform(as(alice, post(BASE + "/" + id + "/stage")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"CLOSED\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(alice, post(BASE + "/" + id + "/stage")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"CLOSED\",\"closedReason\":\"REJECTED\"}"))
                .andExpect(jsonPath("$.closedReason").value("REJECTED"));
        mvc.perform(as(alice, get(BASE + "/" + id + "/history")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].from").isEmpty())
                .andExpect(jsonPath("$[0].to").value("SAVED"))
                .andExpect(jsonPath("$[1].from").value("SAVED"))
                .andExpect(jsonPath("$[1].to").value("APPLIED"))
                .andExpect(jsonPath("$[1].note").value("Sent via portal"))
                .andExpect(jsonPath("$[1].at").isNotEmpty())
                .andExpect(jsonPath("$[2].to").value("CLOSED"));
    }

    @Test
    void notesAndContacts() throws Exception {
        long id = create(alice, NEW_APPLICATION).get("id").asLong();
        mvc.perform(as(alice, post(BASE + "/" + id + "/notes")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Called HR\"}")).andExpect(status().isCreated());
        mvc.perform(as(alice, get(BASE + "/" + id + "/notes"))).andExpect(jsonPath("$[0].text").value("Called HR"));
        mvc.perform(as(alice, post(BASE + "/" + id + "/contacts")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Dana Lee\",\"role\":\"RECRUITER\",\"email\":\"dana@example.com\"}"))
                .andExpect(status().isCreated());
        mvc.perform(as(alice, get(BASE + "/" + id + "/contacts")))
                .andExpect(jsonPath("$[0].name").value("Dana Lee"))
                .andExpect(jsonPath("$[0].role").value("RECRUITER"));
    }

    @Test
    void anotherUsersApplicationIsNotFoundOnEveryRoute() throws Exception {
        long id = create(alice, NEW_APPLICATION).get("id").asLong();
        String contact = mvc.perform(as(alice, post(BASE + "/" + id + "/contacts"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Dana\"}"))
                .andReturn().getResponse().getContentAsString();
        long contactId = json.readTree(contact).get("id").asLong();
        String path = BASE + "/" + id;
        mvc.perform(as(bob, get(path))).andExpect(status().isNotFound());
        mvc.perform(as(bob, put(path)).contentType(MediaType.APPLICATION_JSON)
                .content(NEW_APPLICATION.replace("\"priority\":4", "\"priority\":4,\"version\":0")))
                .andExpect(status().isNotFound());
        mvc.perform(as(bob, delete(path))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post(path + "/stage")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"stage\":\"APPLIED\"}")).andExpect(status().isNotFound());
        mvc.perform(as(bob, get(path + "/history"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, get(path + "/notes"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post(path + "/notes")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"x\"}")).andExpect(status().isNotFound());
        mvc.perform(as(bob, get(path + "/contacts"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post(path + "/contacts")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\"}")).andExpect(status().isNotFound());
        mvc.perform(as(bob, get(path + "/follow-ups"))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post(path + "/follow-ups")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"x\",\"dueOn\":\"2030-01-01\"}")).andExpect(status().isNotFound());
        // Bob may not link Alice's contact to his own application either.
        long bobs = create(bob, "{\"company\":\"B\",\"title\":\"T\"}").get("id").asLong();
        mvc.perform(as(bob, post(BASE + "/" + bobs + "/contacts")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":" + contactId + "}")).andExpect(status().isNotFound());
        mvc.perform(as(bob, get(BASE + "/999999999"))).andExpect(status().isNotFound());
        mvc.perform(as(alice, get(path))).andExpect(status().isOk());
    }

    @Test
    void deleteIsNoContent() throws Exception {
        long id = create(alice, NEW_APPLICATION).get("id").asLong();
        mvc.perform(as(alice, delete(BASE + "/" + id))).andExpect(status().isNoContent());
        mvc.perform(as(alice, get(BASE + "/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void importsCsvFromAnotherTrackerAndExportsIt() throws Exception {
        String csv = """
                Company Name,Position,Status,Date Applied,Link,Location,Salary
                Mercy Hospital,EKG Technician,Phone Screen,3/14/2025,https://mercy.example/jobs/9,"Austin, TX",$18 - $22/hr
                LabCorp,Phlebotomist,Rejected,2025-02-01,,Remote,"$45,000"
                """;
        mvc.perform(as(alice, post(BASE + "/import")).contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        mvc.perform(as(alice, get(BASE).param("sort", "company")))
                .andExpect(jsonPath("$.content[0].company").value("LabCorp"))
                .andExpect(jsonPath("$.content[0].stage").value("CLOSED"))
                .andExpect(jsonPath("$.content[0].closedReason").value("REJECTED"))
                .andExpect(jsonPath("$.content[0].salaryPeriod").value("YEARLY"))
                .andExpect(jsonPath("$.content[1].stage").value("SCREENING"))
                .andExpect(jsonPath("$.content[1].appliedOn").value("2025-03-14"))
                .andExpect(jsonPath("$.content[1].salaryMin").value(18))
                .andExpect(jsonPath("$.content[1].salaryMax").value(22))
                .andExpect(jsonPath("$.content[1].salaryPeriod").value("HOURLY"));
        String exported = mvc.perform(as(alice, get(BASE + "/export.csv")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(exported.lines().findFirst().orElseThrow()).startsWith("Company,Job Title,Stage,Closed Reason");
        assertThat(exported).contains("Mercy Hospital,EKG Technician,SCREENING,,2025-03-14");
        // The export imports back (round trip) for another user.
        mvc.perform(as(bob, post(BASE + "/import")).contentType("text/csv").content(exported))
                .andExpect(jsonPath("$.imported").value(2));
        mvc.perform(as(bob, get(BASE).param("stage", "SCREENING")))
                .andExpect(jsonPath("$.content[0].company").value("Mercy Hospital"));
    }

    @Test
    void malformedCsvImportsNothingAndNamesTheBadRows() throws Exception {
        String csv = """
                Company,Job Title,Status,Date Applied,URL
                Good Clinic,Tech,Applied,2025-01-02,https://good.example
                ,Missing company,Applied,2025-01-02,
                Bad Date Hospital,Tech,Applied,yesterday-ish,
                Odd Status Lab,Tech,Sleeping,2025-01-02,ftp://nope
                """;
        mvc.perform(as(alice, post(BASE + "/import")).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['row 3']").exists())
                .andExpect(jsonPath("$.errors['row 4']").exists())
                .andExpect(jsonPath("$.errors['row 5']").exists())
                .andExpect(jsonPath("$.errors['row 2']").doesNotExist());
        mvc.perform(as(alice, get(BASE))).andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @Test
    void jsonExportHoldsEverything() throws Exception {
        long id = create(alice, NEW_APPLICATION).get("id").asLong();
        mvc.perform(as(alice, post(BASE + "/" + id + "/notes")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"hello\"}"));
        mvc.perform(as(alice, get(BASE + "/export.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applications[0].id").value(id))
                .andExpect(jsonPath("$.history[0].to").value("SAVED"))
                .andExpect(jsonPath("$.notes[0].text").value("hello"));
    }

    @Test
    void withoutTokenIsUnauthorized() throws Exception {
        mvc.perform(get(BASE)).andExpect(status().isUnauthorized());
    }
}
