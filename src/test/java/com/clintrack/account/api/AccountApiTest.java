package com.clintrack.account.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.ApiClient;
import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API foundation: accounts, tokens, /me, problem+json errors and actuator access. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void register_answers_201_with_the_account_on_the_free_plan() throws Exception {
        String email = TestAccounts.uniqueEmail("api");
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"email":"%s","displayName":"Api User","password":"%s","timeZone":"America/Denver"}
                        """.formatted(email, TestAccounts.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.displayName").value("Api User"))
                .andExpect(jsonPath("$.plan").value("FREE"));
    }

    @Test
    void register_with_bad_fields_answers_400_problem_with_field_errors() throws Exception {
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"email":"nope","displayName":"","password":"abcdefghijk","timeZone":"Nowhere/Land"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.email").exists())
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.password").exists())
                .andExpect(jsonPath("$.errors.timeZone").exists());
    }

    @Test
    void register_with_a_taken_email_answers_409() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "taken");
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"email":"%s","displayName":"Again","password":"%s","timeZone":"UTC"}
                        """.formatted(email.toUpperCase(), TestAccounts.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void token_lifecycle_create_use_revoke() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "tokens");
        String body = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION,
                                ApiClient.basic(email, TestAccounts.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(startsWith("ct_")))
                .andExpect(jsonPath("$.name").isString())
                .andExpect(jsonPath("$.expiresAt").isString())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        // 256 bits of randomness, base64url: 43 characters after the prefix; only the hash is stored.
        org.assertj.core.api.Assertions.assertThat(token.length()).isEqualTo("ct_".length() + 43);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from api_token where token_hash = ?", Integer.class, token)).isZero();

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.displayName").value("tokens"))
                .andExpect(jsonPath("$.plan").value("FREE"))
                .andExpect(jsonPath("$.roles", hasItem("USER")))
                .andExpect(jsonPath("$.timeZone").value("America/Denver"));

        mvc.perform(delete("/api/v1/tokens/current").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void token_request_takes_a_name_and_expiry() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "named");
        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Sheets sync\",\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Sheets sync"));
        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expiresInDays\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.expiresInDays").exists());
    }

    @Test
    void missing_unknown_and_expired_tokens_answer_401_problem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer("ct_made_up")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        String token = ApiClient.newUserToken(mvc, "expired");
        jdbc.update("update api_token set expires_at = created_at where token_hash = ?",
                com.clintrack.security.SecretTokens.hash(token));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_session_or_basic_credentials_do_not_reach_protected_routes() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "basiconly");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void wrong_basic_credentials_answer_401_and_count_towards_lockout() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "wrongbasic");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, "nope " + i)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        }
        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void health_is_public_without_details_and_metrics_are_admin_only() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        String userToken = ApiClient.newUserToken(mvc, "metrics");
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(userToken)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        String adminToken = ApiClient.token(mvc, "admin@clintrack.test", "correct horse battery staple admin");
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(adminToken)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_")));
    }

    @Test
    void openapi_document_lists_the_api() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/accounts']").exists());
    }

    @Test
    void a_one_time_password_gets_no_api_token_until_it_is_changed() throws Exception {
        String email = ApiClient.registerViaApi(mvc, "onetime");
        String token = ApiClient.token(mvc, email, TestAccounts.PASSWORD);
        jdbc.update("update app_user set must_change_password = true where email = ?", email);

        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isUnauthorized());
    }
}
