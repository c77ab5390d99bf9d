package com.clintrack.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.UiTest;
import com.clintrack.account.Registration;
import com.clintrack.base.ConflictException;
import com.clintrack.shell.DashboardView;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** An account flagged must-change (the first-start admin) is sent to "Change password" from every page. */
class ForcedPasswordChangeTest extends UiTest {

    static final String FLAGGED = "must-change@clintrack.test";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void flaggedUser() {
        try {
            accountService.register(new Registration(FLAGGED, "Flag", TestAccounts.PASSWORD, "UTC"), "127.0.0.1");
        } catch (ConflictException alreadyThere) {
            // earlier test
        }
        jdbc.update("update app_user set must_change_password = true where email = ?", FLAGGED);
    }

    @Test
    @WithUserDetails(value = FLAGGED, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void every_page_leads_to_change_password_without_a_way_to_cancel() {
        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardView.class);

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("one-time password");
        assertThat(find(Button.class).withText("Cancel").exists()).as("no visible way to cancel").isFalse();
    }

    @Test
    @WithUserDetails(value = UiTest.USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void other_users_go_where_they_asked() {
        navigate(DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }
}
