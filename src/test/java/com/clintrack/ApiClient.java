package com.clintrack;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Small helpers for API tests: register through the API and get a bearer token. */
public final class ApiClient {

    private ApiClient() {
    }

    public static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Registers a new account through the API and answers its email. */
    public static String registerViaApi(MockMvc mvc, String prefix) throws Exception {
        String email = TestAccounts.uniqueEmail(prefix);
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email":"%s","displayName":"%s","password":"%s","timeZone":"America/Denver"}
                                """.formatted(email, prefix, TestAccounts.PASSWORD)))
                .andExpect(status().isCreated());
        return email;
    }

    /** Creates a token with HTTP Basic and answers the secret. */
    public static String token(MockMvc mvc, String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, basic(email, password))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"test\",\"expiresInDays\":7}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    /** Registers a user and answers a bearer token for them. */
    public static String newUserToken(MockMvc mvc, String prefix) throws Exception {
        return token(mvc, registerViaApi(mvc, prefix), TestAccounts.PASSWORD);
    }
}
