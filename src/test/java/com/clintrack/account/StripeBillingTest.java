package com.clintrack.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.billing.CheckoutStart;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The Stripe adapter against a local stub of Stripe's API (WireMock, Stripe's response shapes), and the
 * webhook endpoint with real signature verification (HMAC-SHA256 "t=...,v1=..." as Stripe signs).
 */
@IntegrationTest
@AutoConfigureMockMvc
class StripeBillingTest {

    static final String SECRET = "whsec_test_clintrack";
    static final WireMockServer STRIPE = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        STRIPE.start();
    }

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        registry.add("clintrack.billing.provider", () -> "stripe");
        registry.add("clintrack.billing.stripe.api-key", () -> "sk_test_clintrack");
        registry.add("clintrack.billing.stripe.price-id", () -> "price_plus_monthly");
        registry.add("clintrack.billing.stripe.webhook-secret", () -> SECRET);
        registry.add("clintrack.billing.stripe.api-base", STRIPE::baseUrl);
    }

    @AfterAll
    static void stop() {
        STRIPE.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanService plans;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static String sign(String payload, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        return "t=" + timestamp + ",v1=" + signature;
    }

    ResultActions webhook(String payload, String signature) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/billing/webhook").contentType(MediaType.APPLICATION_JSON)
                .header("Stripe-Signature", signature).content(payload));
    }

    ResultActions signedWebhook(String payload) throws Exception {
        return webhook(payload, sign(payload, Instant.now().getEpochSecond()));
    }

    static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2025-09-30.clover","created":%d,"livemode":false,
                 "pending_webhooks":1,"type":"%s","data":{"object":%s}}""".formatted(id, Instant.now().getEpochSecond(),
                type, object);
    }

    String plan(long userId) {
        return jdbc.queryForObject("select plan from app_user where id = ?", String.class, userId);
    }

    String subscriptionStatus(long userId) {
        return jdbc.queryForObject("select status from subscription where owner_id = ?", String.class, userId);
    }

    @Test
    void checkout_creates_a_stripe_checkout_session_in_subscription_mode() {
        STRIPE.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"cs_test_a1","object":"checkout.session","mode":"subscription","status":"open",
                         "url":"https://checkout.stripe.com/c/pay/cs_test_a1"}""")));
        AccountSummary user = TestAccounts.register(accounts, "stripe");
        TestAccounts.signIn(userDetails, user.email());

        CheckoutStart start = plans.startUpgrade();

        assertThat(start.external()).isTrue();
        assertThat(start.url()).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_a1");
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Authorization", equalTo("Bearer sk_test_clintrack"))
                .withRequestBody(containing("mode=subscription"))
                .withRequestBody(containing("client_reference_id=" + user.id()))
                .withRequestBody(containing("line_items[0][price]=price_plus_monthly"))
                .withRequestBody(containing("line_items[0][quantity]=1"))
                .withRequestBody(containing("metadata[plan]=PLUS")));
    }

    @Test
    void the_full_subscription_lifecycle_through_signed_webhooks() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "lifecycle");
        long periodEnd = Instant.now().plusSeconds(30L * 24 * 3600).getEpochSecond();
        String suffix = Long.toString(user.id());

        signedWebhook(event("evt_co_" + suffix, "checkout.session.completed", """
                {"id":"cs_test_1","object":"checkout.session","client_reference_id":"%s","customer":"cus_%s",
                 "subscription":"sub_%s","metadata":{"plan":"PLUS"},"mode":"subscription"}""".formatted(user.id(), suffix, suffix)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("PROCESSED"));
        assertThat(plan(user.id())).isEqualTo("PLUS");

        signedWebhook(event("evt_paid_" + suffix, "invoice.paid", """
                {"id":"in_1","object":"invoice","customer":"cus_%s","parent":{"subscription_details":{"subscription":"sub_%s"}},
                 "lines":{"object":"list","data":[{"id":"il_1","object":"line_item","period":{"start":1,"end":%d}}]}}"""
                .formatted(suffix, suffix, periodEnd)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select current_period_end from subscription where owner_id = ?", Instant.class,
                user.id()).getEpochSecond()).isEqualTo(periodEnd);

        signedWebhook(event("evt_fail_" + suffix, "invoice.payment_failed", """
                {"id":"in_2","object":"invoice","customer":"cus_%s","subscription":"sub_%s"}""".formatted(suffix, suffix)))
                .andExpect(status().isOk());
        assertThat(subscriptionStatus(user.id())).isEqualTo("PAST_DUE");
        assertThat(plan(user.id())).as("grace period keeps the plan").isEqualTo("PLUS");

        signedWebhook(event("evt_del_" + suffix, "customer.subscription.deleted", """
                {"id":"sub_%s","object":"subscription","customer":"cus_%s","status":"canceled"}""".formatted(suffix, suffix)))
                .andExpect(status().isOk());
        assertThat(subscriptionStatus(user.id())).isEqualTo("CANCELED");
        assertThat(plan(user.id())).isEqualTo("FREE");
        assertThat(jdbc.queryForList("select to_plan from subscription_history where owner_id = ? order by id",
                String.class, user.id())).containsExactly("PLUS", "PLUS", "FREE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PLAN_CHANGE' and target = ?",
                Integer.class, user.email())).isEqualTo(3);
    }

    @Test
    void a_bad_signature_is_rejected_and_changes_nothing() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "forged");
        String payload = event("evt_forged_" + user.id(), "checkout.session.completed", """
                {"id":"cs_x","object":"checkout.session","client_reference_id":"%s","customer":"cus_x","subscription":"sub_x"}"""
                .formatted(user.id()));
        String good = sign(payload, Instant.now().getEpochSecond());
        String last = good.substring(good.length() - 1);
        webhook(payload, good.substring(0, good.length() - 1) + ("0".equals(last) ? "1" : "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/invalid-webhook")));
        webhook(payload.replace("\"client_reference_id\":\"" + user.id(), "\"client_reference_id\":\"1"), good)
                .andExpect(status().isBadRequest()); // tampered body
        webhook(payload, sign(payload, Instant.now().minusSeconds(3600).getEpochSecond()))
                .andExpect(status().isBadRequest()); // too old: replay protection
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/billing/webhook").contentType(MediaType.APPLICATION_JSON)
                .content(payload)).andExpect(status().isBadRequest());
        assertThat(plan(user.id())).isEqualTo("FREE");
        assertThat(jdbc.queryForObject("select count(*) from billing_event where event_id = ?", Integer.class,
                "evt_forged_" + user.id())).isZero();
    }

    @Test
    void a_replayed_event_is_acknowledged_but_applied_once() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "replay");
        String payload = event("evt_replay_" + user.id(), "checkout.session.completed", """
                {"id":"cs_r","object":"checkout.session","client_reference_id":"%s","customer":"cus_r%s","subscription":"sub_r%s"}"""
                .formatted(user.id(), user.id(), user.id()));
        signedWebhook(payload).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("PROCESSED"));
        signedWebhook(payload).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        assertThat(jdbc.queryForObject("select count(*) from subscription_history where owner_id = ?", Integer.class,
                user.id())).isEqualTo(1);
    }

    @Test
    void a_second_paid_checkout_is_canceled_at_stripe_and_its_events_leave_the_first_subscription_alone()
            throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "twotabs");
        String id = Long.toString(user.id());
        STRIPE.stubFor(delete(urlEqualTo("/v1/subscriptions/sub_second" + id)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"sub_second%s","object":"subscription","status":"canceled"}""".formatted(id))));
        signedWebhook(event("evt_tab1_" + id, "checkout.session.completed", """
                {"id":"cs_t1","object":"checkout.session","client_reference_id":"%s","customer":"cus_t%s","subscription":"sub_first%s"}"""
                .formatted(id, id, id))).andExpect(status().isOk());

        signedWebhook(event("evt_tab2_" + id, "checkout.session.completed", """
                {"id":"cs_t2","object":"checkout.session","client_reference_id":"%s","customer":"cus_t%s","subscription":"sub_second%s"}"""
                .formatted(id, id, id))).andExpect(status().isOk());

        STRIPE.verify(deleteRequestedFor(urlEqualTo("/v1/subscriptions/sub_second" + id)));
        assertThat(jdbc.queryForObject("select subscription_ref from subscription where owner_id = ?", String.class,
                user.id())).isEqualTo("sub_first" + id);
        // Stripe then reports the second one deleted, for the same customer: the first one runs on.
        signedWebhook(event("evt_tab2_del_" + id, "customer.subscription.deleted", """
                {"id":"sub_second%s","object":"subscription","customer":"cus_t%s","status":"canceled"}""".formatted(id, id)))
                .andExpect(status().isOk());
        assertThat(plan(user.id())).isEqualTo("PLUS");
        assertThat(subscriptionStatus(user.id())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SUBSCRIPTION_CHANGE'"
                + " and outcome = 'FAILURE' and target = ?", Integer.class, user.email())).isEqualTo(1);
    }

    @Test
    void cancel_at_period_end_and_resume_are_sent_to_stripe_and_the_portal_opens() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "canceler");
        signedWebhook(event("evt_cc_" + user.id(), "checkout.session.completed", """
                {"id":"cs_c","object":"checkout.session","client_reference_id":"%s","customer":"cus_c%s","subscription":"sub_c%s"}"""
                .formatted(user.id(), user.id(), user.id()))).andExpect(status().isOk());
        STRIPE.stubFor(post(urlEqualTo("/v1/subscriptions/sub_c" + user.id())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"sub_c%s","object":"subscription","status":"active","cancel_at_period_end":true}"""
                        .formatted(user.id()))));
        STRIPE.stubFor(post(urlEqualTo("/v1/billing_portal/sessions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"bps_1","object":"billing_portal.session","url":"https://billing.stripe.com/p/session/x"}""")));
        TestAccounts.signIn(userDetails, user.email());

        plans.cancel();
        assertThat(plans.mySubscription().cancelAtPeriodEnd()).isTrue();
        plans.resume();
        assertThat(plans.mySubscription().cancelAtPeriodEnd()).isFalse();
        assertThat(plans.portalUrl()).contains("https://billing.stripe.com/p/session/x");

        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_c" + user.id()))
                .withRequestBody(equalTo("cancel_at_period_end=true")));
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_c" + user.id()))
                .withRequestBody(equalTo("cancel_at_period_end=false")));
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/billing_portal/sessions"))
                .withRequestBody(containing("customer=cus_c" + user.id())));
    }
}
