package com.clintrack.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.UiTest;
import com.clintrack.account.QuotaExceededException;
import com.clintrack.account.QuotaFeature;
import com.clintrack.account.UpgradePrompt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The plan page and the sandbox checkout, without a browser. */
class PlanViewTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    private void resetUser() {
        jdbc.update("update app_user set plan = 'FREE' where email = ?", USER);
        jdbc.update("delete from subscription where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("delete from subscription_history where owner_id = (select id from app_user where email = ?)", USER);
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void shows_usage_meters_the_comparison_and_upgrades_in_test_mode() {
        resetUser();
        PlanView view = navigate(PlanView.class);
        assertThat(view.getPageTitle()).isEqualTo("Plan and usage · ClinTrack");
        assertThat(find(Span.class).id("current-plan").getText()).isEqualTo("Free");
        assertThat(find(Div.class).id("usage-MOCK_INTERVIEWS").getElement().getTextRecursively()).contains("0 of 1");
        assertThat(find(Div.class).id("usage-HEADSHOTS").getElement().getTextRecursively()).contains("Not included");
        assertThat(find(Div.class).id("usage-JOB_ALERTS").getElement().getTextRecursively()).contains("Weekly");
        Grid<?> comparison = find(Grid.class).id("comparison");
        assertThat(comparison.getColumns()).hasSize(3);
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("TEST MODE");

        test(find(Button.class).id("upgrade")).click();
        assertThat(getCurrentView()).isInstanceOf(SandboxCheckoutView.class);
        assertThat(find(Span.class).id("test-mode").getText()).isEqualTo("TEST MODE");
        TextField card = find(TextField.class).id("card");
        test(card).setValue("4000 0000 0000 0002");
        test(find(Button.class).id("pay")).click();
        assertThat(card.isInvalid()).isTrue();
        assertThat(card.getValue()).as("what the user typed stays").isEqualTo("4000 0000 0000 0002");
        test(card).setValue("4242 4242 4242 4242");
        test(find(Button.class).id("pay")).click();

        assertThat(getCurrentView()).isInstanceOf(PlanView.class);
        assertThat(find(Span.class).id("current-plan").getText()).isEqualTo("Plus");
        assertThat(find(Grid.class).id("history")).isNotNull();
        test(find(Button.class).id("cancel-subscription")).click();

        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Button.class).id("resume-subscription")).isNotNull();
        test(find(Button.class).id("resume-subscription")).click();
        assertThat(find(Button.class).id("cancel-subscription")).isNotNull();
        resetUser();
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_upgrade_prompt_explains_the_limit_and_links_to_the_plan_page() {
        navigate(AccountView.class);
        boolean ran = UpgradePrompt.run(() -> {
            throw new QuotaExceededException(QuotaFeature.RESUMES, 1, 1);
        });
        assertThat(ran).isFalse();
        Dialog prompt = find(Dialog.class).id(UpgradePrompt.DIALOG_ID);
        assertThat(prompt.getElement().getTextRecursively()).contains("You’ve used 1 of 1 resumes");
        test(find(Button.class).id("upgrade-prompt-plans")).click();
        assertThat(getCurrentView()).isInstanceOf(PlanView.class);
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_unknown_checkout_session_says_it_expired() {
        navigate(SandboxCheckoutView.class, java.util.Map.of("session", "cs_sandbox_nope"));
        test(find(TextField.class).id("card")).setValue("4242424242424242");
        test(find(Button.class).id("pay")).click();
        assertThat(getCurrentView()).isInstanceOf(SandboxCheckoutView.class);
    }
}
