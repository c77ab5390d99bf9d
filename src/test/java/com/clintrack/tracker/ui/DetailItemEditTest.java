package com.clintrack.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.UiTest;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.FollowUpEntry;
import com.clintrack.tracker.NoteEntry;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerLimits;
import com.clintrack.tracker.TrackerService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Editing notes and follow-ups in place on the application page: the pencil, the dialog, Save and Cancel. */
@WithUserDetails(value = UiTest.USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class DetailItemEditTest extends UiTest {

    @Autowired
    TrackerService tracker;
    @Autowired
    JdbcTemplate jdbc;

    private TrackedApplication application;
    private ApplicationDetailView view;

    @BeforeEach
    void clean() {
        jdbc.update("delete from job_application where owner_id = (select id from app_user where email = ?)", USER);
    }

    /** An application to work on; made inside the test, where the signed-in user is set up. */
    private TrackedApplication add() {
        application = tracker.create(ApplicationDraft.quick("Mercy", "EKG Tech", null, "Indeed", Stage.APPLIED));
        return application;
    }

    private void open() {
        view = navigate("applications/" + application.id(), ApplicationDetailView.class);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String listText(String id) {
        return find(UnorderedList.class).id(id).getElement().getTextRecursively();
    }

    private boolean dialogOpen(String id) {
        return find(Dialog.class).withId(id).exists() && find(Dialog.class).id(id).isOpened();
    }

    @Test
    void anEditedNoteChangesInTheDatabaseAndOnThePageWithoutAReload() {
        NoteEntry note = tracker.addNote(add().id(), "Called HR");
        open();
        test(find(Button.class).withAriaLabel("Edit note").single()).click();
        TextArea text = find(TextArea.class).id("note-edit-text");
        assertThat(text.getValue()).isEqualTo("Called HR");
        assertThat(text.getMaxLength()).isEqualTo(TrackerLimits.NOTE_MAX);
        test(text).setValue("Called HR; interview on Friday");
        click("note-edit-save");

        assertThat(tracker.notes(application.id())).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Called HR; interview on Friday"));
        assertThat(listText("notes")).contains("Called HR; interview on Friday");
        assertThat(dialogOpen("note-edit-dialog")).isFalse();
        // The same view instance: the list was redrawn in place, not by navigating again.
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(tracker.notes(application.id()).getFirst().id()).isEqualTo(note.id());
    }

    @Test
    void anEmptyNoteIsRefusedAtTheFieldAndTheDialogKeepsTheInput() {
        tracker.addNote(add().id(), "Called HR");
        open();
        test(find(Button.class).withAriaLabel("Edit note").single()).click();
        test(find(TextArea.class).id("note-edit-text")).setValue("   ");
        click("note-edit-save");

        TextArea text = find(TextArea.class).id("note-edit-text");
        assertThat(dialogOpen("note-edit-dialog")).isTrue();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Fill this in.");
        assertThat(text.getValue()).isEqualTo("   ");
        assertThat(tracker.notes(application.id())).extracting(NoteEntry::text).containsExactly("Called HR");

        // Cancel leaves the note as it was.
        click("note-edit-cancel");
        assertThat(dialogOpen("note-edit-dialog")).isFalse();
        assertThat(listText("notes")).contains("Called HR");
    }

    @Test
    void anEditedFollowUpKeepsItsNewTitleAndDueDateAndCanStillBeTickedOff() {
        FollowUpEntry followUp = tracker.addFollowUp(add().id(), "Email recruiter", LocalDate.of(2030, 6, 9));
        open();
        test(find(Button.class).withAriaLabel("Edit follow-up").single()).click();
        TextField title = find(TextField.class).id("follow-up-edit-title");
        DatePicker due = find(DatePicker.class).id("follow-up-edit-due");
        assertThat(title.getValue()).isEqualTo("Email recruiter");
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2030, 6, 9));
        test(title).setValue("Call the lab manager");
        test(due).setValue(LocalDate.of(2030, 6, 12));
        click("follow-up-edit-save");

        assertThat(tracker.followUps(application.id())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(followUp.id());
            assertThat(f.title()).isEqualTo("Call the lab manager");
            assertThat(f.dueOn()).isEqualTo(LocalDate.of(2030, 6, 12));
            assertThat(f.done()).isFalse();
        });
        Checkbox done = find(Checkbox.class, find(UnorderedList.class).id("follow-ups")).single();
        assertThat(done.getLabel()).isEqualTo("Call the lab manager");
        assertThat(listText("follow-ups")).contains("Jun 12, 2030");
        assertThat(dialogOpen("follow-up-edit-dialog")).isFalse();

        test(done).click();
        assertThat(tracker.followUps(application.id())).singleElement().satisfies(f -> assertThat(f.done()).isTrue());
    }

    @Test
    void aFollowUpWithoutTitleOrDateIsRefusedAtBothFields() {
        tracker.addFollowUp(add().id(), "Email recruiter", LocalDate.of(2030, 6, 9));
        open();
        test(find(Button.class).withAriaLabel("Edit follow-up").single()).click();
        test(find(TextField.class).id("follow-up-edit-title")).setValue("");
        find(DatePicker.class).id("follow-up-edit-due").clear();
        click("follow-up-edit-save");

        assertThat(dialogOpen("follow-up-edit-dialog")).isTrue();
        assertThat(find(TextField.class).id("follow-up-edit-title").isInvalid()).isTrue();
        assertThat(find(DatePicker.class).id("follow-up-edit-due").isInvalid()).isTrue();
        assertThat(tracker.followUps(application.id())).singleElement()
                .satisfies(f -> assertThat(f.title()).isEqualTo("Email recruiter"));
    }
}
