package com.clintrack.account.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.ApiClient;
import com.clintrack.IntegrationTest;
import com.clintrack.account.QuotaFeature;
import com.clintrack.account.QuotaService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A quota refusal through a REST controller: 403 problem+json with /quota-exceeded, feature, limit and used. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(QuotaProblemApiTest.ProbeController.class)
class QuotaProblemApiTest {

    /** A stand-in for a feature's create endpoint (mock interviews: a LIFETIME_COUNT quota). */
    @RestController
    @TestConfiguration
    static class ProbeController {

        private final QuotaService quotas;
        private final TransactionTemplate transactions;

        ProbeController(QuotaService quotas, TransactionTemplate transactions) {
            this.quotas = quotas;
            this.transactions = transactions;
        }

        @PostMapping("/api/v1/test-probe/mock-interviews")
        String start() {
            transactions.executeWithoutResult(status -> quotas.acquire(QuotaFeature.MOCK_INTERVIEWS));
            return "started";
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void the_second_mock_interview_on_free_is_a_403_quota_problem() throws Exception {
        String token = ApiClient.newUserToken(mvc, "quotaapi");
        mvc.perform(post("/api/v1/test-probe/mock-interviews").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/test-probe/mock-interviews").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", Matchers.endsWith("/quota-exceeded")))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.feature").value("MOCK_INTERVIEWS"))
                .andExpect(jsonPath("$.limit").value(1))
                .andExpect(jsonPath("$.used").value(1));
    }
}
