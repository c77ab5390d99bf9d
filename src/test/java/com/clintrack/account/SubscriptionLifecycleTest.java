package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.billing.CheckoutStart;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The sandbox checkout, cancel at period end, resume, and the 7-day grace period of a failed payment. */
@IntegrationTest
class SubscriptionLifecycleTest {

    @Autowired
    PlanService plans;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    AccountSummary user;

    @BeforeEach
    void signIn() {
        user = TestAccounts.register(accounts, "sub");
        TestAccounts.signIn(userDetails, user.email());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void upgrade() {
        CheckoutStart checkout = plans.startUpgrade();
        assertThat(checkout.external()).isFalse();
        assertThat(checkout.url()).startsWith("account/plan/checkout/");
        plans.completeSandboxCheckout(checkout.sessionId(), "4242 4242 4242 4242");
    }

    @Test
    void the_sandbox_declines_4000_0000_0000_0002_and_accepts_4242() {
        assertThat(plans.billingTestMode()).isTrue();
        CheckoutStart checkout = plans.startUpgrade();
        assertThatThrownBy(() -> plans.completeSandboxCheckout(checkout.sessionId(), "4000 0000 0000 0002"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("card")).contains("declined"));
        assertThat(plans.mySubscription().plan()).isEqualTo(Plan.FREE);
        plans.completeSandboxCheckout(checkout.sessionId(), "4242424242424242");
        SubscriptionInfo info = plans.mySubscription();
        assertThat(info.plan()).isEqualTo(Plan.PLUS);
        assertThat(info.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(info.currentPeriodEnd()).isAfter(Instant.now().plus(Duration.ofDays(29)));
        assertThat(plans.myHistory()).hasSize(1);
    }

    @Test
    void a_second_checkout_paid_in_another_tab_is_ended_and_the_first_subscription_kept() {
        CheckoutStart firstTab = plans.startUpgrade();
        CheckoutStart secondTab = plans.startUpgrade();
        plans.completeSandboxCheckout(firstTab.sessionId(), "4242424242424242");
        String kept = jdbc.queryForObject("select subscription_ref from subscription where owner_id = ?", String.class,
                user.id());

        plans.completeSandboxCheckout(secondTab.sessionId(), "4242424242424242");

        assertThat(jdbc.queryForObject("select subscription_ref from subscription where owner_id = ?", String.class,
                user.id())).isEqualTo(kept);
        assertThat(plans.mySubscription().plan()).isEqualTo(Plan.PLUS);
        assertThat(plans.mySubscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(plans.myHistory()).hasSize(2).first().extracting(PlanChange::reason).asString()
                .contains("second payment was stopped").doesNotContain(kept);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'SUBSCRIPTION_CHANGE'"
                + " and outcome = 'FAILURE' and target = ?", String.class, user.email())).contains(kept, "refund");
    }

    @Test
    void a_new_payment_replaces_a_subscription_that_was_ending() {
        CheckoutStart firstTab = plans.startUpgrade();
        CheckoutStart secondTab = plans.startUpgrade();
        plans.completeSandboxCheckout(firstTab.sessionId(), "4242424242424242");
        String ending = jdbc.queryForObject("select subscription_ref from subscription where owner_id = ?",
                String.class, user.id());
        plans.cancel();

        plans.completeSandboxCheckout(secondTab.sessionId(), "4242424242424242");

        assertThat(jdbc.queryForObject("select subscription_ref from subscription where owner_id = ?", String.class,
                user.id())).isNotEqualTo(ending);
        SubscriptionInfo info = plans.mySubscription();
        assertThat(info.cancelAtPeriodEnd()).as("the new payment is not ending").isFalse();
        assertThat(info.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(info.plan()).isEqualTo(Plan.PLUS);
    }

    @Test
    void another_users_checkout_session_is_unknown_to_them_and_stays_open() {
        CheckoutStart mine = plans.startUpgrade();
        AccountSummary other = TestAccounts.register(accounts, "sub-other");
        TestAccounts.signIn(userDetails, other.email());
        assertThatThrownBy(() -> plans.completeSandboxCheckout(mine.sessionId(), "4242424242424242"))
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.mySubscription().plan()).isEqualTo(Plan.FREE);

        TestAccounts.signIn(userDetails, user.email());
        plans.completeSandboxCheckout(mine.sessionId(), "4242424242424242");
        assertThat(plans.mySubscription().plan()).isEqualTo(Plan.PLUS);
    }

    @Test
    void cancel_keeps_plus_until_the_period_end_then_free() {
        upgrade();
        plans.cancel();
        assertThat(plans.mySubscription().canResume()).isTrue();
        plans.runMaintenance();
        assertThat(plans.mySubscription().plan()).as("still inside the paid period").isEqualTo(Plan.PLUS);
        jdbc.update("update subscription set current_period_end = ? where owner_id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), user.id());
        plans.runMaintenance();
        SubscriptionInfo info = plans.mySubscription();
        assertThat(info.plan()).isEqualTo(Plan.FREE);
        assertThat(info.status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(plans.myHistory().getFirst().reason()).contains("period end");
    }

    @Test
    void resume_undoes_a_cancellation() {
        upgrade();
        plans.cancel();
        plans.resume();
        jdbc.update("update subscription set current_period_end = ? where owner_id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), user.id());
        plans.runMaintenance();
        assertThat(plans.mySubscription().plan()).isEqualTo(Plan.PLUS);
        assertThat(plans.mySubscription().currentPeriodEnd()).as("sandbox renewed").isAfter(Instant.now());
    }

    @Test
    void past_due_keeps_the_plan_for_seven_days_then_free() {
        upgrade();
        jdbc.update("update subscription set status = 'PAST_DUE', past_due_since = ? where owner_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(6))), user.id());
        plans.runMaintenance();
        assertThat(plans.mySubscription().plan()).isEqualTo(Plan.PLUS);
        assertThat(plans.mySubscription().graceEndsAt()).isAfter(Instant.now());
        jdbc.update("update subscription set past_due_since = ? where owner_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(7)).minusSeconds(60)), user.id());
        plans.runMaintenance();
        assertThat(plans.mySubscription().plan()).isEqualTo(Plan.FREE);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PLAN_CHANGE' and target = ?",
                Integer.class, user.email())).isEqualTo(2);
    }
}
