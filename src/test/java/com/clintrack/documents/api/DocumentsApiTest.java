package com.clintrack.documents.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.ApiClient;
import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The documents API as the table describes it, with quotas and other users' ids. */
@IntegrationTest
@AutoConfigureMockMvc
class DocumentsApiTest {

    static final String PASTED = DocumentsApiTestData.PASTED;
    private static final long MISSING = 999_999_999L;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper objectMapper;

    private long create(String token, String title, String text) throws Exception {
        String body = mvc.perform(post("/api/v1/resumes").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"%s\",\"text\":%s}".formatted(title, json(text))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long application(String token, String company, String title, String posting) throws Exception {
        String body = mvc.perform(post("/api/v1/applications").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"company\":%s,\"title\":%s,\"postingText\":%s}".formatted(json(company), json(title),
                                json(posting))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void pasted_text_becomes_sections_and_every_save_is_a_version() throws Exception {
        String token = ApiClient.newUserToken(mvc, "resume-api");
        long id = create(token, "Clinic resume", PASTED);

        String body = mvc.perform(get("/api/v1/resumes/" + id).header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.contact.fullName").value("Zoë Nguyễn-Łukasz"))
                .andExpect(jsonPath("$.content.contact.email").value("zoe@example.com"))
                .andExpect(jsonPath("$.content.experience[0].employer").value("Miami Valley Clinic"))
                .andExpect(jsonPath("$.content.experience[0].bullets", hasSize(2)))
                .andExpect(jsonPath("$.content.certifications[0].expires").value("2027-03-31"))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int version = JsonPath.read(body, "$.version");

        mvc.perform(put("/api/v1/resumes/" + id).header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Clinic resume v2\",\"template\":\"MODERN\",\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.template").value("MODERN"));

        // the same stale version again is a conflict, not a silent overwrite
        mvc.perform(put("/api/v1/resumes/" + id).header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Lost update\",\"version\":" + version + "}"))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/resumes/" + id + "/versions").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].number").value(2))
                .andExpect(jsonPath("$[1].label").value("Clinic resume"));

        mvc.perform(post("/api/v1/resumes/" + id + "/versions/1/restore").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentVersion").value(3))
                .andExpect(jsonPath("$.title").value("Clinic resume"))
                .andExpect(jsonPath("$.template").value("CLASSIC"));

        mvc.perform(get("/api/v1/resumes").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void the_pdf_has_selectable_text_embedded_fonts_and_non_ascii_names() throws Exception {
        String token = ApiClient.newUserToken(mvc, "resume-pdf");
        long id = create(token, "PDF resume", PASTED);

        byte[] pdf = mvc.perform(get("/api/v1/resumes/" + id + "/pdf").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, endsWith("PDF-resume.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Zoë Nguyễn-Łukasz", "Miami Valley Clinic", "Performed venipuncture for 30 patients",
                    "CERTIFICATIONS AND LICENSES", "valid through Mar 2027");
            var fonts = document.getPage(0).getResources().getFontNames();
            assertThat(fonts).isNotEmpty();
            for (var name : fonts) {
                var font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            }
        }

        mvc.perform(get("/api/v1/resumes/" + id + "/text").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("- Ran 12-lead ECGs and recorded vitals in Epic")));
    }

    @Test
    void another_users_resume_is_not_found_everywhere() throws Exception {
        String owner = ApiClient.newUserToken(mvc, "resume-owner");
        String stranger = ApiClient.newUserToken(mvc, "resume-stranger");
        long id = create(owner, "Private resume", PASTED);
        String auth = ApiClient.bearer(stranger);

        mvc.perform(get("/api/v1/resumes/" + id).header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/resumes/" + id + "/pdf").header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/resumes/" + id + "/versions").header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/resumes/" + id + "/versions/1").header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/resumes/" + id).header(HttpHeaders.AUTHORIZATION, auth)
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"mine now\"}")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/resumes/" + id).header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/match").header(HttpHeaders.AUTHORIZATION, auth)
                .contentType(MediaType.APPLICATION_JSON).content("{\"resumeId\":" + id + ",\"text\":\"EKG\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, auth)
                .contentType(MediaType.APPLICATION_JSON).content("{\"resumeId\":" + id + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/resumes").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(jsonPath("$", hasSize(0)));
        long ownersApplication = application(owner, "Private Clinic", "EKG Technician", "EKG");
        long strangersResume = create(stranger, "Stranger resume", PASTED);
        mvc.perform(post("/api/v1/resumes/" + strangersResume + "/tailor").header(HttpHeaders.AUTHORIZATION, auth)
                .contentType(MediaType.APPLICATION_JSON).content("{\"applicationId\":" + ownersApplication + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, auth)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"resumeId\":" + strangersResume + ",\"applicationId\":" + ownersApplication + "}"))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select title from resume where id = ?", String.class, id)).isEqualTo("Private resume");
        mvc.perform(delete("/api/v1/resumes/" + id).header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(owner)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from resume_version where resume_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void free_allows_one_resume_and_one_cover_letter_plus_lifts_it() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "quota");
        String token = ApiClient.token(mvc, email, TestAccounts.PASSWORD);
        long id = create(token, "First", PASTED);
        long applicationId = application(token, "Mercy Hospital", "Clinical Technician", "Phlebotomy, EKG and BLS required.");

        mvc.perform(post("/api/v1/resumes").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Second\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", endsWith("/quota-exceeded")))
                .andExpect(jsonPath("$.feature").value("RESUMES"))
                .andExpect(jsonPath("$.limit").value(1))
                .andExpect(jsonPath("$.used").value(1));
        mvc.perform(post("/api/v1/resumes/" + id + "/tailor").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicationId\":" + applicationId + "}"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resumeId\":%d,\"applicationId\":%d,\"tone\":\"WARM\"}".formatted(id, applicationId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.company").value("Mercy Hospital"))
                .andExpect(jsonPath("$.applicationId").value(applicationId))
                .andExpect(jsonPath("$.body").value(org.hamcrest.Matchers.containsString("Mercy Hospital")))
                .andExpect(jsonPath("$.body").value(org.hamcrest.Matchers.containsString("Zoë Nguyễn-Łukasz")))
                .andExpect(jsonPath("$.draftedBy").value("OFFLINE"));
        mvc.perform(post("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"resumeId\":%d}".formatted(id)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.feature").value("COVER_LETTERS"));
        assertThat(jdbc.queryForObject("select count(*) from cover_letter c join app_user u on u.id = c.owner_id where u.email = ?",
                Integer.class, email)).isEqualTo(1);

        jdbc.update("update app_user set plan = 'PLUS' where email = ?", email);
        mvc.perform(post("/api/v1/resumes/" + id + "/tailor").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicationId\":" + applicationId + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicationId").value(applicationId))
                .andExpect(jsonPath("$.tailoredFromId").value(id))
                .andExpect(jsonPath("$.content.contact.fullName").value("Zoë Nguyễn-Łukasz"));
    }

    @Test
    void match_scores_with_a_breakdown_and_missing_terms() throws Exception {
        String token = ApiClient.newUserToken(mvc, "match-api");
        long id = create(token, "Match me", PASTED);
        mvc.perform(post("/api/v1/match").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resumeId\":%d,\"text\":%s}".formatted(id,
                                json("We need a Clinical Technician with phlebotomy, EKG, and point-of-care testing. CPR and CCMA required."))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("POSTING"))
                .andExpect(jsonPath("$.breakdown.hardSkills.matched", org.hamcrest.Matchers.contains("Phlebotomy", "EKG")))
                .andExpect(jsonPath("$.breakdown.hardSkills.missing", org.hamcrest.Matchers.contains("Point-of-Care Testing")))
                .andExpect(jsonPath("$.breakdown.certifications.matched", org.hamcrest.Matchers.contains("BLS")))
                .andExpect(jsonPath("$.missing[?(@.term == 'CCMA')].suggestedSection").value("CERTIFICATIONS"))
                .andExpect(jsonPath("$.score").isNumber());
    }

    @Test
    void cover_letters_have_pdfs_versions_and_stay_private() throws Exception {
        String token = ApiClient.newUserToken(mvc, "letter-api");
        long resume = create(token, "For letters", PASTED);
        String body = mvc.perform(post("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resumeId\":%d,\"company\":\"Kettering Health\",\"title\":\"EKG Technician\",\"tone\":\"CONFIDENT\"}".formatted(resume)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(put("/api/v1/cover-letters/" + id).header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Dear team,\\n\\nEdited by hand.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentVersion").value(2));
        mvc.perform(get("/api/v1/cover-letters/" + id + "/versions").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(jsonPath("$", hasSize(2)));
        byte[] pdf = mvc.perform(get("/api/v1/cover-letters/" + id + "/pdf").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Edited by hand.", "Zoë Nguyễn-Łukasz");
        }
        mvc.perform(get("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(jsonPath("$", hasSize(1)));

        String stranger = ApiClient.bearer(ApiClient.newUserToken(mvc, "letter-stranger"));
        mvc.perform(get("/api/v1/cover-letters/" + id).header(HttpHeaders.AUTHORIZATION, stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cover-letters/" + id + "/pdf").header(HttpHeaders.AUTHORIZATION, stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, stranger)).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void a_letters_versions_are_listed_fetched_and_restored_like_a_resumes() throws Exception {
        String token = ApiClient.newUserToken(mvc, "letter-history");
        String auth = ApiClient.bearer(token);
        long resume = create(token, "For history", PASTED);
        String created = mvc.perform(post("/api/v1/cover-letters").header(HttpHeaders.AUTHORIZATION, auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resumeId\":%d,\"company\":\"Kettering Health\",\"tone\":\"CONFIDENT\"}".formatted(resume)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String drafted = JsonPath.read(created, "$.body");
        String title = JsonPath.read(created, "$.title");
        String letter = "/api/v1/cover-letters/" + id;

        mvc.perform(put(letter).header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Dear team,\\n\\nEdited by hand.\"}"))
                .andExpect(jsonPath("$.currentVersion").value(2));
        mvc.perform(put(letter).header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Renamed letter\",\"tone\":\"WARM\"}"))
                .andExpect(jsonPath("$.currentVersion").value(3));

        mvc.perform(get(letter + "/versions").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[*].number", org.hamcrest.Matchers.contains(3, 2, 1)))
                .andExpect(jsonPath("$[*].label", org.hamcrest.Matchers.contains("WARM", "CONFIDENT", "CONFIDENT")))
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[0].createdAt").isNotEmpty());
        mvc.perform(get(letter + "/versions/1").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tone").value("CONFIDENT"))
                .andExpect(jsonPath("$.body").value(drafted));
        mvc.perform(get(letter + "/versions/2").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(jsonPath("$.body").value("Dear team,\n\nEdited by hand."));

        // restoring version 1 brings back its tone and text as version 4; the title stays as it is now
        mvc.perform(post(letter + "/versions/1/restore").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.currentVersion").value(4))
                .andExpect(jsonPath("$.tone").value("CONFIDENT"))
                .andExpect(jsonPath("$.body").value(drafted))
                .andExpect(jsonPath("$.title").value("Renamed letter"));
        assertThat(title).isNotEqualTo("Renamed letter");
        mvc.perform(get(letter + "/versions").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(jsonPath("$[*].number", org.hamcrest.Matchers.contains(4, 3, 2, 1)));
        mvc.perform(get(letter + "/versions/4").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(jsonPath("$.body").value(drafted));

        // a version the letter does not have
        mvc.perform(get(letter + "/versions/5").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(letter + "/versions/9/restore").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isNotFound());
        mvc.perform(get(letter + "/versions/0").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isNotFound());

        // another user's letter answers exactly as a letter that does not exist, and stays as it was
        String stranger = ApiClient.bearer(ApiClient.newUserToken(mvc, "letter-history-stranger"));
        String missing = "/api/v1/cover-letters/" + MISSING;
        sameNotFound(get(letter + "/versions").header(HttpHeaders.AUTHORIZATION, stranger),
                get(missing + "/versions").header(HttpHeaders.AUTHORIZATION, stranger));
        sameNotFound(get(letter + "/versions/1").header(HttpHeaders.AUTHORIZATION, stranger),
                get(missing + "/versions/1").header(HttpHeaders.AUTHORIZATION, stranger));
        sameNotFound(post(letter + "/versions/1/restore").header(HttpHeaders.AUTHORIZATION, stranger),
                post(missing + "/versions/1/restore").header(HttpHeaders.AUTHORIZATION, stranger));
        assertThat(jdbc.queryForObject("select count(*) from cover_letter_version where cover_letter_id = ?",
                Integer.class, id)).isEqualTo(4);
        mvc.perform(get(letter).header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(jsonPath("$.currentVersion").value(4));
    }

    /** Both requests are 404 with the same problem body, less {@code instance} (the path, which differs). */
    private void sameNotFound(MockHttpServletRequestBuilder request, MockHttpServletRequestBuilder twin)
            throws Exception {
        assertThat(notFound(request)).isEqualTo(notFound(twin));
    }

    private JsonNode notFound(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        ObjectNode problem = (ObjectNode) objectMapper.readTree(body);
        problem.remove("instance");
        return problem;
    }

    @Test
    void uploads_are_checked_by_size_content_and_emptiness() throws Exception {
        String token = ApiClient.newUserToken(mvc, "upload-api");
        String auth = ApiClient.bearer(token);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        mvc.perform(post("/api/v1/resumes/import").param("title", "x").param("fileName", "resume.pdf")
                        .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_OCTET_STREAM).content(png))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(org.hamcrest.Matchers.containsString("not a PDF")));
        mvc.perform(post("/api/v1/resumes/import").param("title", "x").param("fileName", "resume.pdf")
                        .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(org.hamcrest.Matchers.containsString("empty")));
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        mvc.perform(post("/api/v1/resumes/import").param("title", "x").param("fileName", "resume.pdf")
                        .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_OCTET_STREAM).content(big))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(org.hamcrest.Matchers.containsString("5 MB")));
        mvc.perform(post("/api/v1/resumes/import").param("title", "From text").param("fileName", "resume.txt")
                        .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.TEXT_PLAIN)
                        .content(PASTED.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content.experience[0].title").value("Clinical Technician"));
    }
}
