package com.clintrack.careerguide.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.careerguide.CareerGuideTest;
import com.clintrack.careerguide.RoleFiles;
import com.clintrack.careerguide.RoleProfileService;
import com.clintrack.careerguide.RoleProfileAdminService.RoleAdminSummary;
import com.clintrack.careerguide.RoleVersion;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

@CareerGuideTest
class CareerGuideAdminViewTest extends SpringBrowserlessTest {

    private static final String ADMIN = "admin@clintrack.test";
    private static final String SAMPLE = "sample-technician";

    @Autowired
    private AccountService accounts;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private RoleProfileService roles;
    @Autowired
    private ApplicationContext context;

    @AfterEach
    void cleanUp() {
        RoleFiles.forgetStoredVersions(context);
        TestAccounts.signOut();
    }

    private CareerGuideAdminView openAsAdmin() {
        TestAccounts.signIn(userDetails, ADMIN);
        return navigate(CareerGuideAdminView.class);
    }

    private void upload(String name, byte[] content) {
        test(find(Upload.class).withId("role-upload").single()).upload(name, "application/json", content);
        roundTrip();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheRolesWithTheirActiveVersion() {
        openAsAdmin();

        Grid<RoleAdminSummary> grid = find(Grid.class).withId("role-grid").single();
        assertThat(grid.getListDataView().getItems().map(RoleAdminSummary::slug).toList())
                .contains("clinical-technician", SAMPLE);
        assertThat(grid.getListDataView().getItems()).allMatch(role -> role.active().bundled());
    }

    @Test
    void aBadUploadShowsEachProblemWithItsPathAndChangesNothing() {
        openAsAdmin();
        String before = roles.json("clinical-technician");

        upload("clinical-technician-v2.json", RoleFiles.clinicalTechnicianWith(tree -> {
            tree.put("version", 2);
            ((ObjectNode) tree.get("careerLadder").get(0)).put("yearsTo", "two");
        }));

        Div problems = find(Div.class).withId("upload-problems").single();
        assertThat(text(problems)).contains("clinical-technician-v2.json", "$.careerLadder[0].yearsTo");
        assertThat(find(Div.class).withId("upload-preview").all()).isEmpty();
        assertThat(roles.json("clinical-technician")).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGoodUploadIsPreviewedThenAppliedAndCanBeRestored() {
        openAsAdmin();

        upload("sample-v2.json", RoleFiles.with(RoleFiles.SAMPLE_ROLE, tree -> {
            tree.put("version", 2);
            RoleFiles.object(tree, "keyFacts").put("medianSalaryUsd", 45_500);
        }));

        Div preview = find(Div.class).withId("upload-preview").single();
        assertThat(text(preview)).contains("New version 2 of Sample Technician", "keyFacts", "medianSalaryUsd");
        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(41_000);

        test(find(Button.class).withId("upload-apply").single()).click();

        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(45_500);
        assertThat(find(Div.class).withId("upload-preview").all()).isEmpty();
        Grid<RoleVersion> history = find(Grid.class).withId("history-grid").single();
        assertThat(history.getListDataView().getItems().map(RoleVersion::revision).toList()).containsExactly(1, null);

        Component actions = test(history).getCellComponent(1, 4);
        Button restore = actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .findFirst().orElseThrow();
        assertThat(restore.getText()).isEqualTo("Restore");
        test(restore).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(41_000);
        assertThat(history.getListDataView().getItems().map(RoleVersion::revision).toList())
                .containsExactly(2, 1, null);
    }

    @Test
    void aUserWhoIsNotAnAdminCannotOpenIt() {
        TestAccounts.signIn(userDetails, TestAccounts.register(accounts, "guide-not-admin").email());

        // Vaadin answers a view the user may not see as if it did not exist.
        assertThatThrownBy(() -> navigate(CareerGuideAdminView.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RouteNotFoundError");
        assertThat(getCurrentView()).isNotInstanceOf(CareerGuideAdminView.class);
    }
}
