package com.clintrack.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.UiTest;
import com.clintrack.account.Theme;
import com.clintrack.account.ui.AccountView;
import com.clintrack.account.ui.ApiTokensView;
import com.clintrack.account.ui.ChangePasswordView;
import com.clintrack.admin.ui.AdminUsersView;
import com.clintrack.interview.ui.InterviewsView;
import com.clintrack.jobs.ui.JobsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The app shell and the signed-in views of the foundation, as a USER and as an ADMIN. */
class SignedInViewsTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.clintrack.tracker.TrackerService trackerService;

    private List<String> navLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_dashboard_greets_a_new_user_and_says_what_to_do_next() {
        jdbc.update("delete from job_application where owner_id = (select id from app_user where email = ?)", USER);
        DashboardView view = navigate(DashboardView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Hello, " + USER_NAME);
        assertThat(find(Div.class).id("next-steps").getChildren().count()).isEqualTo(4);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Track your first application",
                "Read the career guide");
        assertThat(view.getPageTitle()).isEqualTo("Dashboard · ClinTrack");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void once_applications_exist_the_dashboard_shows_the_tracker_figures() {
        jdbc.update("delete from job_application where owner_id = (select id from app_user where email = ?)", USER);
        trackerService.create(com.clintrack.tracker.ApplicationDraft.quick("Mercy Hospital", "EKG Technician", null, null, null));

        navigate(DashboardView.class);

        assertThat(find(Div.class).id("tracker-dashboard").isVisible()).isTrue();
        assertThat(find(Div.class).withId("next-steps").exists()).isFalse();
        assertThat(find(Div.class).id("tracker-dashboard").getElement().getTextRecursively()).contains("Saved");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_user_sees_every_section_but_admin() {
        navigate(DashboardView.class);
        assertThat(navLabels()).containsSubsequence("Dashboard", "Applications", "Documents", "Interviews", "Jobs",
                "Career guide", "Account").contains("Plan and usage", "API tokens").doesNotContain("Admin", "Audit log");
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_also_sees_admin() {
        navigate(DashboardView.class);
        assertThat(navLabels()).contains("Admin", "Overview", "Users", "Audit log", "Plans", "Career guide data");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void sections_not_built_yet_say_so_honestly() {
        for (Class<? extends Component> view : List.of(InterviewsView.class, JobsView.class)) {
            navigate(view);
            assertThat(find(Div.class).withClassName("empty-state").single().getElement().getTextRecursively())
                    .as(view.getSimpleName()).contains("coming");
            assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).endsWith("· ClinTrack");
        }
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_user_is_denied_the_admin_views() {
        try {
            navigate(AdminUsersView.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // browserless reports a refused navigation by throwing; the check below is what matters
        }
        assertThat(getCurrentView()).isNotInstanceOf(AdminUsersView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Last sign-in");
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_admin_sees_a_lazy_grid_of_users_with_search() {
        navigate(AdminUsersView.class);
        @SuppressWarnings("unchecked")
        Grid<com.clintrack.account.AccountSummary> grid = find(Grid.class).id("users");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(grid.getColumns()).hasSize(7);

        test(find(TextField.class).id("user-search")).setValue("ui-user@");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).email()).isEqualTo(USER);
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_account_view_shows_the_profile() {
        navigate(AccountView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains(USER, USER_NAME, "America/Chicago", "Free");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void changing_the_password_needs_the_current_one() {
        navigate(ChangePasswordView.class);
        test(find(PasswordField.class).id("current-password")).setValue("this is not it at all");
        test(find(PasswordField.class).id("new-password")).setValue("a fresh password for testing");
        test(find(Button.class).id("save-password")).click();

        PasswordField current = find(PasswordField.class).id("current-password");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).contains("not your current password");
        assertThat(find(PasswordField.class).id("new-password").getValue()).isEqualTo("a fresh password for testing");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void api_tokens_can_be_created_and_the_secret_is_shown_once() {
        jdbc.update("delete from api_token where owner_id = (select id from app_user where email = ?)", USER);
        navigate(ApiTokensView.class);
        assertThat(find(Div.class).withClassName("empty-state").single().isVisible()).isTrue();

        test(find(Button.class).id("create-token")).click();
        test(find(TextField.class).id("token-name")).setValue("Spreadsheet");
        test(find(Button.class).id("save-token")).click();

        TextField secret = find(TextField.class).id("token-secret");
        assertThat(secret.getValue()).startsWith("ct_");
        assertThat(find(Dialog.class).all()).isNotEmpty();
        @SuppressWarnings("unchecked")
        Grid<com.clintrack.security.ApiTokenInfo> grid = find(Grid.class).first();
        assertThat(grid.isVisible()).isTrue();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Spreadsheet");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_theme_choice_is_kept_per_user() {
        jdbc.update("update app_user set theme = 'LIGHT' where email = ?", USER);
        navigate(DashboardView.class);
        var toggle = find(com.vaadin.flow.component.menubar.MenuBar.class).id("user-menu");
        var themeItem = toggle.getItems().get(0).getSubMenu().getItems().stream()
                .filter(item -> "theme-toggle".equals(item.getId().orElse(""))).findFirst().orElseThrow();
        com.vaadin.flow.component.ComponentUtil.fireEvent(themeItem,
                new com.vaadin.flow.component.ClickEvent<>(themeItem));

        assertThat(jdbc.queryForObject("select theme from app_user where email = ?", String.class, USER))
                .isEqualTo(Theme.DARK.name());
        assertThat(UI.getCurrent().getPage().getColorScheme().name()).isEqualTo("DARK");
    }
}
