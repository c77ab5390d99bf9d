package com.clintrack.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.UiTest;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.ApplicationFilter;
import com.clintrack.tracker.ContactData;
import com.clintrack.tracker.ContactDraft;
import com.clintrack.tracker.ContactRole;
import com.clintrack.tracker.ContactService;
import com.clintrack.tracker.ContactSummary;
import com.clintrack.tracker.SavedFilterService;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.StageChangeEntry;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import com.clintrack.tracker.TrackerStatsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Browserless tests of every tracker view, signed in as a fresh user. */
@WithUserDetails(value = UiTest.USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class TrackerViewsTest extends UiTest {

    @Autowired
    TrackerService tracker;
    @Autowired
    TrackerStatsService stats;
    @Autowired
    SavedFilterService savedFilters;
    @Autowired
    ContactService contacts;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc.update("delete from job_application where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("delete from tracker_saved_filter where owner_id = (select id from app_user where email = ?)",
                USER);
        jdbc.update("delete from tracker_contact where owner_id = (select id from app_user where email = ?)", USER);
    }

    private TrackedApplication add(String company, String title, Stage stage) {
        return tracker.create(ApplicationDraft.quick(company, title, null, "Indeed", stage));
    }

    /** Navigates with query parameters, as a bookmark or the bookmarklet would. */
    private <T extends com.vaadin.flow.component.Component> T go(String path, java.util.Map<String, String> query,
            Class<T> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path,
                com.vaadin.flow.router.QueryParameters.simple(query));
        return view.cast(getCurrentView());
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    @Test
    void anEmptyListSaysWhatItIsForAndOffersTheFirstAction() {
        ApplicationsView view = navigate(ApplicationsView.class);
        Div empty = find(Div.class).withClassName("empty-state").single();
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("Track every application");
        assertThat(view.getPageTitle()).isEqualTo("Applications · ClinTrack");
    }

    @Test
    void quickAddIsPrefilledFromTheUrlAndOpensTheNewApplication() {
        go("applications/new", java.util.Map.of("company", "Mercy Hospital", "title", "EKG Tech",
                "url", "https://mercy.example/jobs/7"), QuickAddView.class);
        assertThat(find(TextField.class).id("quick-company").getValue()).isEqualTo("Mercy Hospital");
        assertThat(find(TextField.class).id("quick-title").getValue()).isEqualTo("EKG Tech");
        assertThat(find(TextField.class).id("quick-url").getValue()).isEqualTo("https://mercy.example/jobs/7");
        click("quick-save");
        assertThat(getCurrentView()).isInstanceOf(ApplicationDetailView.class);
        assertThat(tracker.count(ApplicationFilter.NONE)).isEqualTo(1);
        assertThat(find(OrderedList.class).id("timeline").getElement().getTextRecursively()).contains("Added as Saved");
    }

    @Test
    void quickAddWarnsAboutADuplicateAndLetsTheUserGoOn() {
        TrackedApplication existing = add("St. Mary’s Hospital", "Clinical Technician", Stage.APPLIED);
        go("applications/new", java.util.Map.of("company", "st marys hospital", "title", "CLINICAL TECHNICIAN"),
                QuickAddView.class);
        Div warning = find(Div.class).id("duplicate-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getElement().getTextRecursively()).contains("St. Mary’s Hospital");
        assertThat(find(Button.class).id("quick-save").getText()).isEqualTo("Add anyway");
        click("quick-save");
        assertThat(tracker.count(ApplicationFilter.NONE)).isEqualTo(2);
        assertThat(existing.id()).isPositive();
    }

    @Test
    void quickAddRejectsANonWebUrlAtTheField() {
        go("applications/new", java.util.Map.of("company", "A", "title", "B", "url", "javascript:alert(1)"),
                QuickAddView.class);
        click("quick-save");
        assertThat(find(TextField.class).id("quick-url").isInvalid()).isTrue();
        assertThat(tracker.count(ApplicationFilter.NONE)).isZero();
    }

    @Test
    void theListShowsRowsAndReadsItsFiltersFromTheUrl() {
        add("Mercy", "EKG Tech", Stage.APPLIED);
        add("Quest", "Phlebotomist", Stage.SAVED);
        navigate(ApplicationsView.class);
        Grid<TrackedApplication> grid = find(Grid.class).id("applications-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        ApplicationsView view = go("applications", java.util.Map.of("stage", "APPLIED"), ApplicationsView.class);
        assertThat(view.currentFilter().stage()).isEqualTo(Stage.APPLIED);
        assertThat(test(view.grid()).size()).isEqualTo(1);
        assertThat(test(view.grid()).getRow(0).company()).isEqualTo("Mercy");
        assertThat(find(Select.class).id("filter-stage").getValue()).isEqualTo(Stage.APPLIED);
        ApplicationsView searched = go("applications", java.util.Map.of("q", "phleb"), ApplicationsView.class);
        assertThat(test(searched.grid()).size()).isEqualTo(1);
    }

    @Test
    void aFilterCanBeSavedAndChosenAgain() {
        add("Mercy", "EKG Tech", Stage.APPLIED);
        go("applications", java.util.Map.of("stage", "APPLIED"), ApplicationsView.class);
        click("save-filter");
        test(find(TextField.class).id("name-field")).setValue("Waiting");
        click("name-save");
        assertThat(savedFilters.mine()).singleElement().satisfies(f -> assertThat(f.query()).isEqualTo("stage=APPLIED"));
    }

    @Test
    void aSavedFilterIsDeletedAfterConfirmation() {
        add("Mercy", "EKG Tech", Stage.APPLIED);
        savedFilters.save("Waiting", ApplicationFilter.ofStageAndText(Stage.APPLIED, null));
        savedFilters.save("Nights", ApplicationFilter.ofStageAndText(null, "nights"));
        navigate(ApplicationsView.class);
        Button delete = find(Button.class).id("delete-saved-filter");
        assertThat(delete.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Select<com.clintrack.tracker.SavedFilter> saved = find(Select.class).id("saved-filters");
        test(saved).selectItem("Waiting");
        assertThat(delete.isEnabled()).isTrue();
        // Cancel keeps it.
        test(delete).click();
        test(find(ConfirmDialog.class).id("saved-filter-delete-confirm")).cancel();
        assertThat(savedFilters.mine()).hasSize(2);
        test(delete).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).id("saved-filter-delete-confirm");
        assertThat(confirm.getElement().getProperty("message")).contains("Waiting");
        test(confirm).confirm();
        assertThat(savedFilters.mine()).extracting(com.clintrack.tracker.SavedFilter::name).containsExactly("Nights");
        assertThat(saved.getValue()).isNull();
        assertThat(delete.isEnabled()).isFalse();
        assertThat(saved.getListDataView().getItems()).extracting(com.clintrack.tracker.SavedFilter::name)
                .containsExactly("Nights");
    }

    @Test
    void bulkMoveAsksFirstAndCanBeUndone() {
        TrackedApplication a = add("A", "Tech", Stage.SAVED);
        TrackedApplication b = add("B", "Tech", Stage.APPLIED);
        ApplicationsView view = navigate(ApplicationsView.class);
        test(view.grid()).select(0);
        test(view.grid()).select(1);
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("selected-count").getText())
                .isEqualTo("2 selected");
        @SuppressWarnings("unchecked")
        Select<Stage> moveTo = find(Select.class).id("bulk-stage");
        test(moveTo).selectItem("Offer");
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat(tracker.get(a.id()).stage()).isEqualTo(Stage.OFFER);
        assertThat(tracker.get(b.id()).stage()).isEqualTo(Stage.OFFER);
        click("undo");
        assertThat(tracker.get(a.id()).stage()).isEqualTo(Stage.SAVED);
        assertThat(tracker.get(b.id()).stage()).isEqualTo(Stage.APPLIED);
    }

    @Test
    void bulkDeleteCanBeUndone() {
        add("A", "Tech", Stage.SAVED);
        ApplicationsView view = navigate(ApplicationsView.class);
        test(view.grid()).select(0);
        click("bulk-delete");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(tracker.count(ApplicationFilter.NONE)).isZero();
        click("undo");
        assertThat(tracker.count(ApplicationFilter.NONE)).isEqualTo(1);
    }

    @Test
    void theBoardHasAColumnPerStageAndAMoveShowsInTheTimeline() {
        TrackedApplication a = add("Mercy", "EKG Tech", Stage.APPLIED);
        BoardView board = navigate(BoardView.class);
        for (Stage stage : Stage.values()) {
            assertThat(find(Div.class).id("column-" + stage.name())).isNotNull();
        }
        assertThat(find(Div.class).id("column-APPLIED").getElement().getTextRecursively()).contains("Mercy");
        board.dropped(a.id(), Stage.INTERVIEWING);
        assertThat(find(Div.class).id("column-INTERVIEWING").getElement().getTextRecursively()).contains("Mercy");
        assertThat(tracker.history(a.id())).extracting(StageChangeEntry::to)
                .containsExactly(Stage.APPLIED, Stage.INTERVIEWING);
        navigate("applications/" + a.id(), ApplicationDetailView.class);
        assertThat(find(OrderedList.class).id("timeline").getElement().getTextRecursively())
                .contains("Applied → Interviewing");
    }

    @Test
    void aCardMovesWithoutDraggingThroughItsMoveMenu() {
        TrackedApplication a = add("Mercy", "EKG Tech", Stage.APPLIED);
        navigate(BoardView.class);
        click("move-" + a.id());
        assertThat(find(Button.class).id("move-to-APPLIED").isEnabled()).as("its own stage").isFalse();
        click("move-to-SCREENING");
        assertThat(tracker.get(a.id()).stage()).isEqualTo(Stage.SCREENING);
        assertThat(find(Div.class).id("column-SCREENING").getElement().getTextRecursively()).contains("Mercy");
    }

    @Test
    void droppingOnClosedAsksForTheReason() {
        TrackedApplication a = add("Mercy", "EKG Tech", Stage.APPLIED);
        BoardView board = navigate(BoardView.class);
        board.dropped(a.id(), Stage.CLOSED);
        click("confirm-move");
        assertThat(tracker.get(a.id()).stage()).isEqualTo(Stage.APPLIED);
        @SuppressWarnings("unchecked")
        Select<com.clintrack.tracker.ClosedReason> reason = find(Select.class).id("closed-reason");
        test(reason).selectItem("Ghosted");
        click("confirm-move");
        assertThat(tracker.get(a.id()).closedReason()).isEqualTo(com.clintrack.tracker.ClosedReason.GHOSTED);
    }

    @Test
    void largeColumnsLoadInPages() {
        for (int i = 0; i < BoardView.PAGE + 3; i++) {
            add("Company " + i, "Tech", Stage.SAVED);
        }
        navigate(BoardView.class);
        assertThat(find(Div.class, find(Div.class).id("column-SAVED")).withClassName("tracker-card").all())
                .hasSize(BoardView.PAGE);
        click("more-SAVED");
        assertThat(find(Div.class, find(Div.class).id("column-SAVED")).withClassName("tracker-card").all())
                .hasSize(BoardView.PAGE + 3);
    }

    @Test
    void theDetailSavesNotesAndFollowUps() {
        TrackedApplication a = add("Mercy", "EKG Tech", Stage.APPLIED);
        navigate("applications/" + a.id(), ApplicationDetailView.class);
        test(find(TextArea.class).id("note-text")).setValue("Called the lab manager");
        click("note-add");
        assertThat(tracker.notes(a.id())).singleElement().satisfies(n -> assertThat(n.text())
                .isEqualTo("Called the lab manager"));
        test(find(TextField.class).id("follow-up-title")).setValue("Email recruiter");
        click("follow-up-add");
        assertThat(tracker.followUps(a.id())).hasSize(1);
        test(find(TextField.class).id("field-city")).setValue("Austin");
        click("detail-save");
        assertThat(tracker.get(a.id()).city()).isEqualTo("Austin");
    }

    @Test
    void contactsAreAddedAndEditedFromTheDetail() {
        TrackedApplication a = add("Mercy", "EKG Tech", Stage.APPLIED);
        navigate("applications/" + a.id(), ApplicationDetailView.class);
        click("contact-add");
        test(find(TextField.class).id("contact-name")).setValue("Dana Lee");
        test(find(TextField.class).id("contact-linkedin")).setValue("javascript:alert(1)");
        click("contact-save");
        assertThat(find(TextField.class).id("contact-linkedin").isInvalid()).isTrue();
        test(find(TextField.class).id("contact-linkedin")).setValue("https://www.linkedin.com/in/dana");
        click("contact-save");
        assertThat(find(com.vaadin.flow.component.html.UnorderedList.class).id("contacts").getElement()
                .getTextRecursively()).contains("Dana Lee");
        test(find(Button.class).withAriaLabel("Edit contact").first()).click();
        test(find(TextField.class).id("contact-name")).setValue("Dana Lee-Smith");
        click("contact-save");
        assertThat(find(com.vaadin.flow.component.html.UnorderedList.class).id("contacts").getElement()
                .getTextRecursively()).contains("Dana Lee-Smith");
    }

    @Test
    void anEmptyContactsPageSaysWhatItIsForAndOffersTheFirstAction() {
        ContactsView view = navigate(ContactsView.class);
        Div empty = find(Div.class).withClassName("empty-state").single();
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("Keep the people of your job search");
        assertThat(view.grid().isVisible() && view.grid().getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("Contacts · ClinTrack");
        test(find(Button.class, empty).withText("New contact").single()).click();
        test(find(TextField.class).id("contact-name")).setValue("Fay Ortiz");
        click("contact-save");
        assertThat(contacts.countAll()).isEqualTo(1);
        assertThat(empty.isVisible()).isFalse();
        assertThat(test(view.grid()).size()).isEqualTo(1);
    }

    @Test
    void theContactsPageListsContactsWithTheirApplicationsSortsAndSearches() {
        TrackedApplication mercy = add("Mercy", "EKG Tech", Stage.APPLIED);
        TrackedApplication quest = add("Quest", "Phlebotomist", Stage.SAVED);
        ContactData dana = contacts.addToApplication(quest.id(), new ContactDraft("Dana Lee", ContactRole.RECRUITER,
                "dana@mercy.example", "512-555-0101", null, null, null));
        contacts.link(mercy.id(), dana.id());
        contacts.create(new ContactDraft("Abe Cole", null, "abe@example.com", null, null, null, null));
        ContactsView view = navigate(ContactsView.class);
        Grid<ContactSummary> grid = view.grid();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Abe Cole");
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("contacts-count").getText())
                .isEqualTo("2 contacts");
        assertThat(test(grid).getCellComponent(1, "applications").getElement().getTextRecursively())
                .isEqualTo("2 applications");
        assertThat(test(grid).getCellComponent(0, "applications").getElement().getTextRecursively())
                .isEqualTo("None yet");
        assertThat(test(grid).getCellComponent(1, "role").getElement().getTextRecursively()).isEqualTo("Recruiter");

        // Sorted in SQL by the number of linked applications.
        test(grid).sortByColumn("applications", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Dana Lee");

        // The count opens links to the linked applications.
        test((Button) test(grid).getCellComponent(0, "applications")).click();
        assertThat(grid.isDetailsVisible(test(grid).getRow(0))).isTrue();
        UnorderedList links = find(UnorderedList.class).id("contact-links-" + dana.id());
        assertThat(find(com.vaadin.flow.router.RouterLink.class, links).all())
                .extracting(com.vaadin.flow.router.RouterLink::getHref)
                .containsExactly("applications/" + mercy.id(), "applications/" + quest.id());

        // Search in name, email and phone, kept in the address.
        ContactsView searched = go("contacts", java.util.Map.of("q", "555-01"), ContactsView.class);
        assertThat(find(TextField.class).id("contacts-search").getValue()).isEqualTo("555-01");
        assertThat(test(searched.grid()).size()).isEqualTo(1);
        assertThat(test(searched.grid()).getRow(0).name()).isEqualTo("Dana Lee");
        test(find(TextField.class).id("contacts-search")).setValue("nobody");
        assertThat(test(searched.grid()).size()).isZero();
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("contacts-count").getText())
                .isEqualTo("No contacts match");
    }

    @Test
    void aContactIsEditedFromTheContactsPageAndAFailedSaveKeepsTheInput() {
        ContactData dana = contacts.create(new ContactDraft("Dana Lee", ContactRole.RECRUITER, null, null, null,
                null, null));
        ContactsView view = navigate(ContactsView.class);
        Component actions = test(view.grid()).getCellComponent(0, "actions");
        test(find(Button.class, actions).withAriaLabel("Edit contact").single()).click();
        assertThat(find(TextField.class).id("contact-name").getValue()).isEqualTo("Dana Lee");
        test(find(TextField.class).id("contact-name")).setValue("Dana Lee-Smith");
        test(find(com.vaadin.flow.component.textfield.EmailField.class).id("contact-email")).setValue("dana@");
        click("contact-save");
        assertThat(find(com.vaadin.flow.component.textfield.EmailField.class).id("contact-email").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("contact-name").getValue()).isEqualTo("Dana Lee-Smith");
        test(find(com.vaadin.flow.component.textfield.EmailField.class).id("contact-email"))
                .setValue("dana@mercy.example");
        click("contact-save");
        assertThat(contacts.get(dana.id()).name()).isEqualTo("Dana Lee-Smith");
        assertThat(contacts.get(dana.id()).email()).isEqualTo("dana@mercy.example");
        assertThat(test(view.grid()).getRow(0).name()).isEqualTo("Dana Lee-Smith");
    }

    @Test
    void aContactIsDeletedAfterConfirmationAndUnlinkedFromItsApplications() {
        TrackedApplication mercy = add("Mercy", "EKG Tech", Stage.APPLIED);
        contacts.addToApplication(mercy.id(), new ContactDraft("Dana Lee", null, null, null, null, null, null));
        contacts.create(new ContactDraft("Eli Park", null, null, null, null, null, null));
        ContactsView view = navigate(ContactsView.class);
        Component actions = test(view.grid()).getCellComponent(0, "actions");
        test(find(Button.class, actions).withAriaLabel("Delete contact").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).id("contact-delete-confirm");
        assertThat(confirm.getElement().getProperty("message")).contains("Dana Lee", "1 application");
        test(confirm).cancel();
        assertThat(contacts.countAll()).isEqualTo(2);
        test(find(Button.class, actions).withAriaLabel("Delete contact").single()).click();
        test(find(ConfirmDialog.class).id("contact-delete-confirm")).confirm();
        assertThat(contacts.countAll()).isEqualTo(1);
        assertThat(contacts.ofApplication(mercy.id())).isEmpty();
        assertThat(test(view.grid()).size()).isEqualTo(1);
        assertThat(test(view.grid()).getRow(0).name()).isEqualTo("Eli Park");
    }

    @Test
    void theSecondOfTwoConcurrentSavesShowsAConflictAndKeepsTheInput() {
        TrackedApplication a = add("Mercy", "EKG Tech", Stage.APPLIED);
        ApplicationDetailView view = navigate("applications/" + a.id(), ApplicationDetailView.class);
        // Another session saves first.
        tracker.update(a.id(), ApplicationDraft.quick("Mercy", "EKG Tech II", null, "Indeed", Stage.APPLIED)
                .withVersion(a.version()));
        test(find(TextField.class).id("field-title")).setValue("My own title");
        click("detail-save");
        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively())
                .contains("Someone else saved"));
        assertThat(view.form().title.getValue()).isEqualTo("My own title");
        assertThat(tracker.get(a.id()).title()).isEqualTo("EKG Tech II");
    }

    @Test
    void anotherUsersApplicationIsNotFound() {
        com.vaadin.flow.component.UI.getCurrent().navigate("applications/999999999");
        assertThat(getCurrentView()).isNotInstanceOf(ApplicationDetailView.class);
    }

    @Test
    void importPreviewShowsMappingAndBadRows() {
        ImportExportView view = navigate(ImportExportView.class);
        view.loaded("Company Name,Position,Status\nMercy,Tech,Applied\nQuest,,Sleeping\n");
        assertThat(find(Grid.class).id("import-mapping")).isNotNull();
        assertThat(find(Div.class).id("import-errors").getElement().getTextRecursively()).contains("row 3");
        assertThat(find(Button.class).id("import-run").isEnabled()).isFalse();
        view.loaded("Company Name,Position,Status\nMercy,Tech,Applied\n");
        assertThat(find(Button.class).id("import-run").isEnabled()).isTrue();
        assertThat(tracker.count(ApplicationFilter.NONE)).isZero();
    }

    @Test
    void theDashboardPanelShowsTheFigures() {
        add("Mercy", "EKG Tech", Stage.APPLIED);
        TrackerDashboardPanel panel = new TrackerDashboardPanel(stats, tracker);
        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("Applications by stage", "Funnel", "Follow-ups due", "Stale applications");
        assertThat(panel.getElement().getChildCount()).isEqualTo(7);
        List<String> ids = panel.getElement().getChildren().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).contains("stat-per-week", "stat-sources", "stat-resume-versions");
    }
}
