package com.clintrack.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.UiTest;
import com.clintrack.account.AccountSummary;
import com.clintrack.account.Plan;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin console as an admin uses it, and closed to a user. */
class AdminConsoleTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    private long auditCount(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?", Long.class,
                action, target);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void users_grid_filters_by_plan_and_opens_a_user_with_audited_actions() {
        AccountSummary target = TestAccounts.register(accountService, "console");
        navigate(AdminUsersView.class);
        Grid<?> grid = find(Grid.class).id("users");
        test(find(TextField.class).id("user-search")).setValue(target.email());
        assertThat(test(grid).size()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Select<Plan> planFilter = find(Select.class).id("plan-filter");
        test(planFilter).selectItem("Plus");
        assertThat(test(grid).size()).isZero();
        test(planFilter).selectItem("Free");
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(AdminUserView.class);
        assertThat(find(Div.class).id("profile").getElement().getTextRecursively()).contains(target.email());

        @SuppressWarnings("unchecked")
        Select<Plan> plan = find(Select.class).id("plan-select");
        test(plan).selectItem("Plus");
        test(find(Button.class).id("change-plan")).click();
        assertThat(find(TextField.class).id("plan-reason").isInvalid()).as("a reason is required").isTrue();
        test(find(TextField.class).id("plan-reason")).setValue("goodwill after outage");
        test(find(Button.class).id("change-plan")).click();
        assertThat(jdbc.queryForObject("select plan from app_user where id = ?", String.class, target.id())).isEqualTo("PLUS");

        test(find(Button.class).id("toggle-lock")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(auditCount("ACCOUNT_LOCK", target.email())).isEqualTo(1);
        test(find(Button.class).id("toggle-admin")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(auditCount("ROLE_CHANGE", target.email())).isEqualTo(1);
        test(find(Button.class).id("force-reset")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(auditCount("ADMIN_PASSWORD_RESET", target.email())).isEqualTo(1);
        assertThat(auditCount("PLAN_CHANGE", target.email())).isEqualTo(1);

        test(find(Button.class).id("delete-user")).click();
        test(find(TextField.class).id("delete-email")).setValue("wrong@example.com");
        test(find(Button.class).id("delete-user-confirm")).click();
        assertThat(find(TextField.class).id("delete-email").isInvalid()).isTrue();
        test(find(TextField.class).id("delete-email")).setValue(target.email());
        test(find(Button.class).id("delete-user-confirm")).click();
        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, target.id())).isZero();
        assertThat(auditCount("ACCOUNT_DELETE", "account #" + target.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_cannot_lock_demote_or_delete_themselves() {
        long adminId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, ADMIN);
        navigate(AdminUserView.class, Map.of("id", Long.toString(adminId)));
        assertThat(find(Button.class).id("toggle-admin").isEnabled()).isFalse();
        assertThat(find(Button.class).id("toggle-lock").isEnabled()).isFalse();
        assertThat(find(Button.class).id("delete-user").isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void overview_shows_figures_and_a_server_side_svg_chart() {
        AdminOverviewView view = navigate(AdminOverviewView.class);
        assertThat(view.getPageTitle()).isEqualTo("Overview · ClinTrack");
        assertThat(find(Div.class).id("users-FREE").getElement().getTextRecursively()).contains("Users on Free");
        assertThat(find(Div.class).id("mrr").getElement().getTextRecursively()).contains("$");
        Svg chart = find(Svg.class).id("signups-chart");
        assertThat(chart.getElement().getProperty("innerHTML", "")).contains("<rect").contains("Sign-ups per week");
        assertThat(AdminOverviewView.escape("<b>\"x\"&")).isEqualTo("&lt;b&gt;&quot;x&quot;&amp;");
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void audit_log_filters_by_action() {
        navigate(AdminAuditView.class);
        Grid<?> grid = find(Grid.class).id("audit");
        assertThat(test(grid).size()).isPositive();
        @SuppressWarnings("unchecked")
        var action = (com.vaadin.flow.component.combobox.ComboBox<com.clintrack.audit.AuditAction>) find(
                com.vaadin.flow.component.combobox.ComboBox.class).id("audit-action");
        action.setValue(com.clintrack.audit.AuditAction.REGISTER);
        int registers = test(grid).size();
        assertThat(registers).isPositive();
        test(find(TextField.class).id("audit-actor")).setValue("nobody-matches-this");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void plans_catalogue_is_editable_and_audited() {
        navigate(AdminPlansView.class);
        int auditsBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'PLAN_CATALOGUE_CHANGE'",
                Integer.class);
        TextField name = find(TextField.class).id("plan-name-FREE");
        String originalName = name.getValue();
        test(find(com.vaadin.flow.component.textfield.IntegerField.class).id("limit-FREE-RESUMES")).setValue(2);
        test(name).setValue("   ");
        test(find(Button.class).id("save-FREE")).click();
        assertThat(name.isInvalid()).as("the bad name is shown at its field").isTrue();
        assertThat(freeResumeLimit()).as("nothing of a refused edit is saved").isEqualTo(1);
        assertThat(find(com.vaadin.flow.component.textfield.IntegerField.class).id("limit-FREE-RESUMES").getValue())
                .as("what the admin typed stays").isEqualTo(2);

        test(name).setValue(originalName);
        test(find(Button.class).id("save-FREE")).click();
        assertThat(name.isInvalid()).isFalse();
        assertThat(freeResumeLimit()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PLAN_CATALOGUE_CHANGE'",
                Integer.class)).as("one entry for the one save that changed something").isEqualTo(auditsBefore + 1);
        jdbc.update("update plan_quota set quota_limit = 1 where plan_code = 'FREE' and feature = 'RESUMES'");
    }

    private Integer freeResumeLimit() {
        return jdbc.queryForObject("select quota_limit from plan_quota where plan_code = 'FREE' and feature = 'RESUMES'",
                Integer.class);
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_user_cannot_open_the_admin_console() {
        for (Class<? extends com.vaadin.flow.component.Component> view : java.util.List.of(AdminOverviewView.class,
                AdminUsersView.class, AdminAuditView.class, AdminPlansView.class)) {
            try {
                navigate(view);
            } catch (AccessDeniedException | IllegalArgumentException expected) {
                // refused
            }
            assertThat(getCurrentView()).as(view.getSimpleName()).isNotInstanceOf(view);
        }
    }
}
