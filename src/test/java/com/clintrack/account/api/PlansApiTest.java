package com.clintrack.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.ApiClient;
import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** GET /plans, GET /me/usage, GET /me/export, DELETE /me and the admin PATCH. */
@IntegrationTest
@AutoConfigureMockMvc
class PlansApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token));
    }

    private String adminToken() throws Exception {
        return ApiClient.token(mvc, "admin@clintrack.test", "correct horse battery staple admin");
    }

    private long idOf(String token) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(as(get("/api/v1/me"), token)).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }

    @Test
    void plans_list_the_catalogue_with_quotas() throws Exception {
        String token = ApiClient.newUserToken(mvc, "plans");
        mvc.perform(as(get("/api/v1/plans"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("FREE"))
                .andExpect(jsonPath("$[1].code").value("PLUS"))
                .andExpect(jsonPath("$[1].name").value("Plus"))
                .andExpect(jsonPath("$[1].priceCents").value(900))
                .andExpect(jsonPath("$[1].currency").value("USD"))
                .andExpect(jsonPath("$[0].quotas[?(@.feature=='RESUMES')].limit").value(1))
                .andExpect(jsonPath("$[0].quotas[?(@.feature=='RESUMES')].kind").value("ACTIVE_COUNT"))
                .andExpect(jsonPath("$[1].quotas[?(@.feature=='HEADSHOTS')].limit").value(100))
                .andExpect(jsonPath("$[1].quotas[?(@.feature=='RESUMES')].limit").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void usage_shows_limits_and_use_with_null_for_unlimited() throws Exception {
        String token = ApiClient.newUserToken(mvc, "usage");
        mvc.perform(as(get("/api/v1/me/usage"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.feature=='MOCK_INTERVIEWS')].limit").value(1))
                .andExpect(jsonPath("$[?(@.feature=='MOCK_INTERVIEWS')].used").value(0))
                .andExpect(jsonPath("$[?(@.feature=='MOCK_INTERVIEWS')].kind").value("LIFETIME_COUNT"));
        long id = idOf(token);
        mvc.perform(as(patch("/api/v1/admin/users/" + id), adminToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\":\"PLUS\",\"reason\":\"support ticket 42\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan").value("PLUS"));
        String body = mvc.perform(as(get("/api/v1/me/usage"), token)).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("{\"feature\":\"MOCK_INTERVIEWS\",\"kind\":\"LIFETIME_COUNT\",\"limit\":null,\"used\":0");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PLAN_CHANGE' and detail like ?",
                Integer.class, "%support ticket 42%")).isEqualTo(1);
    }

    @Test
    void admin_patch_changes_plan_lock_and_roles_and_audits_each() throws Exception {
        String token = ApiClient.newUserToken(mvc, "patched");
        long id = idOf(token);
        String admin = adminToken();
        mvc.perform(as(patch("/api/v1/admin/users/" + id), admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"locked\":true,\"roles\":[\"USER\",\"ADMIN\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
                .andExpect(jsonPath("$.plan").value("FREE"));
        String email = jdbc.queryForObject("select email from app_user where id = ?", String.class, id);
        assertThat(jdbc.queryForList("select action from audit_event where target = ? order by id", String.class, email))
                .contains("ACCOUNT_LOCK", "ROLE_CHANGE");
        // A locked account's token stops working.
        mvc.perform(as(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
        mvc.perform(as(patch("/api/v1/admin/users/" + id), admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\":\"GOLD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.plan").exists());
    }

    @Test
    void an_admin_cannot_revoke_their_own_admin_role() throws Exception {
        String admin = adminToken();
        long adminId = idOf(admin);
        mvc.perform(as(patch("/api/v1/admin/users/" + adminId), admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"USER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles").exists());
    }

    @Test
    void a_patch_with_one_refused_change_changes_nothing() throws Exception {
        String admin = adminToken();
        long adminId = idOf(admin);
        String planBefore = jdbc.queryForObject("select plan from app_user where id = ?", String.class, adminId);
        String other = planBefore.equals("PLUS") ? "FREE" : "PLUS";
        // The plan change comes first and succeeds; locking oneself is then refused, and the plan is undone.
        mvc.perform(as(patch("/api/v1/admin/users/" + adminId), admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\":\"" + other + "\",\"locked\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.locked").exists());
        assertThat(jdbc.queryForObject("select plan from app_user where id = ?", String.class, adminId))
                .isEqualTo(planBefore);
        mvc.perform(as(patch("/api/v1/admin/users/" + adminId), admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles").exists());
    }

    @Test
    void a_user_token_gets_403_on_every_admin_route() throws Exception {
        String token = ApiClient.newUserToken(mvc, "notadmin");
        long id = idOf(token);
        mvc.perform(as(get("/api/v1/admin/users/" + id), token)).andExpect(status().isForbidden());
        mvc.perform(as(patch("/api/v1/admin/users/" + id), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\":\"PLUS\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(patch("/api/v1/admin/users/999999"), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select plan from app_user where id = ?", String.class, id)).isEqualTo("FREE");
    }

    @Test
    void export_is_a_zip_of_my_data_and_nothing_of_anyone_else() throws Exception {
        String other = ApiClient.registerViaApi(mvc, "othr");
        String email = ApiClient.registerViaApi(mvc, "exporter");
        String token = ApiClient.token(mvc, email, TestAccounts.PASSWORD);
        String otherToken = ApiClient.token(mvc, other, TestAccounts.PASSWORD);
        createApplication(token, "Mercy Hospital", "EKG Technician");
        createApplication(otherToken, "Secret Clinic", "Phlebotomist");
        byte[] zip = mvc.perform(as(get("/api/v1/me/export"), token))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string(HttpHeaders.CONTENT_TYPE, "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("account.json", "plan.json", "applications.csv", "tracker.json");
        assertThat(files.get("applications.csv")).startsWith("Company,Job Title").contains("Mercy Hospital,EKG Technician");
        assertThat(files.get("tracker.json")).contains("Mercy Hospital");
        assertThat(files.get("account.json")).contains(email).contains("America/Denver");
        assertThat(files.get("plan.json")).contains("MOCK_INTERVIEWS");
        assertThat(String.join("\n", files.values())).doesNotContain(other).doesNotContain("Secret Clinic").doesNotContain("admin@clintrack.test")
                .doesNotContain("passwordHash").doesNotContain("$argon").doesNotContain("{bcrypt}");
    }

    private void createApplication(String token, String company, String title) throws Exception {
        mvc.perform(as(post("/api/v1/applications"), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"company\":\"" + company + "\",\"title\":\"" + title + "\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void delete_me_needs_the_password_and_answers_204() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "leaver");
        String token = ApiClient.token(mvc, email, TestAccounts.PASSWORD);
        mvc.perform(as(delete("/api/v1/me"), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"wrong password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").exists());
        mvc.perform(as(delete("/api/v1/me"), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"" + TestAccounts.PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)).isZero();
        mvc.perform(as(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
    }
}
