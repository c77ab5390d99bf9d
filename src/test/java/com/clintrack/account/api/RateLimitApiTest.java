package com.clintrack.account.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.ApiClient;
import com.clintrack.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The per-IP limit (3 a minute here) on registration and token creation answers 429 problem+json. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "clintrack.security.rate-limit.per-ip-per-minute=3")
class RateLimitApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_fourth_registration_in_a_minute_from_one_address_is_refused() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/accounts").with(r -> { r.setRemoteAddr("203.0.113.7"); return r; })
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/v1/accounts").with(r -> { r.setRemoteAddr("203.0.113.7"); return r; })
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(post("/api/v1/accounts").with(r -> { r.setRemoteAddr("203.0.113.8"); return r; })
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void token_creation_is_limited_per_address() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/tokens").with(r -> { r.setRemoteAddr("198.51.100.9"); return r; })
                            .header(HttpHeaders.AUTHORIZATION, ApiClient.basic("x@example.com", "wrong")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/tokens").with(r -> { r.setRemoteAddr("198.51.100.9"); return r; })
                        .header(HttpHeaders.AUTHORIZATION, ApiClient.basic("x@example.com", "wrong")))
                .andExpect(status().isTooManyRequests());
    }
}
