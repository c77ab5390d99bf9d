package com.clintrack.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.UiTest;
import com.clintrack.account.UpgradePrompt;
import com.clintrack.assistant.Tone;
import com.clintrack.documents.CoverLetterDetail;
import com.clintrack.documents.CoverLetterService;
import com.clintrack.documents.DocumentVersion;
import com.clintrack.documents.ResumeService;
import com.clintrack.documents.api.DocumentsApiTestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Browserless tests of the documents views: list, builder, match panel, history, letters, quota, uploads. */
@WithUserDetails(value = UiTest.USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class DocumentsViewsTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ResumeService resumes;

    @Autowired
    CoverLetterService letters;

    @Autowired
    com.clintrack.tracker.TrackerService tracker;

    @BeforeEach
    void clean() {
        jdbc.update("delete from cover_letter where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("delete from resume where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("delete from job_application where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("update app_user set plan = 'FREE' where email = ?", USER);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private long createFromDialog(String title, String pasted) {
        navigate(DocumentsView.class);
        click("new-resume");
        test(find(TextField.class).id("resume-title")).setValue(title);
        test(find(TextArea.class).id("resume-paste")).setValue(pasted);
        click("create-resume");
        assertThat(getCurrentView()).isInstanceOf(ResumeEditorView.class);
        return resumes.list(org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @Test
    void an_empty_list_says_what_it_is_for_and_offers_the_first_resume() {
        DocumentsView view = navigate(DocumentsView.class);
        Div empty = find(Div.class).withClassName("empty-state").first();
        assertThat(empty.getElement().getTextRecursively()).contains("Build your first resume");
        assertThat(find(Button.class).id("empty-new-resume").isVisible()).isTrue();
        assertThat(view.getPageTitle()).isEqualTo("Documents · ClinTrack");
    }

    @Test
    void a_pasted_resume_opens_in_the_builder_and_saving_makes_a_version() {
        createFromDialog("Hospital resume", DocumentsApiTestData.PASTED);
        assertThat(find(TextField.class).id("contact-name").getValue()).isEqualTo("Zoë Nguyễn-Łukasz");
        assertThat(find(Span.class).id("resume-status").getText()).startsWith("Version 1");
        CheckboxGroup<?> checklist = find(CheckboxGroup.class).id("clinical-skills");
        assertThat(checklist.getListDataView().getItems().map(Object::toString).toList())
                .contains("Phlebotomy", "EKG", "Vital Signs");

        test(find(TextArea.class).id("summary")).setValue("Clinical technician, steady with nervous patients.");
        click("save-resume");
        assertThat(find(Span.class).id("resume-status").getText()).startsWith("Version 2");

        click("show-history");
        Dialog history = find(Dialog.class).id("history-dialog");
        assertThat(history.isOpened()).isTrue();
        assertThat(find(Div.class).id("versions").getChildren().count()).isEqualTo(2);
        click("compare-1");
        String diff = find(Div.class).id("comparison").getElement().getTextRecursively();
        assertThat(diff).contains("+ Clinical technician, steady with nervous patients.")
                .contains("− Clinical technician who is calm under pressure.");
        click("restore-1");
        assertThat(find(TextArea.class).id("summary").getValue()).isEqualTo("Clinical technician who is calm under pressure.");
        assertThat(find(Span.class).id("resume-status").getText()).startsWith("Version 3");
    }

    @Test
    void a_letters_history_compares_two_versions_and_restores_the_older_text_as_a_new_version() {
        CoverLetterDetail letter = letters.startFromExample("junior-clinic");
        String first = letter.body();
        assertThat(first).startsWith("Dear Lakeside Medical Group hiring team,\n");
        navigate("documents/cover-letters/" + letter.id(), CoverLetterEditorView.class);
        test(find(TextArea.class).id("letter-body")).setValue(first.replace("Dear Lakeside Medical Group hiring team,",
                "Dear Lakeside hiring manager,") + "\n\nP.S. I can start in two weeks.");
        @SuppressWarnings("unchecked")
        Select<Tone> tone = find(Select.class).id("letter-tone");
        tone.setValue(Tone.PROFESSIONAL);
        click("save-letter");
        assertThat(find(Span.class).id("letter-status").getText()).startsWith("Version 2");

        click("show-history");
        assertThat(find(Dialog.class).id("history-dialog").isOpened()).isTrue();
        Div versions = find(Div.class).id("versions");
        assertThat(versions.getChildren().count()).isEqualTo(2);
        assertThat(versions.getElement().getTextRecursively()).contains("v2", "Professional", "v1", "Warm");
        assertThat(find(Button.class).id("compare-2").isEnabled()).isFalse();
        click("compare-1");
        String diff = find(Div.class).id("comparison").getElement().getTextRecursively();
        assertThat(diff).contains("Changes from version 1 to version 2")
                .contains("− Dear Lakeside Medical Group hiring team,")
                .contains("+ Dear Lakeside hiring manager,")
                .contains("+ P.S. I can start in two weeks.")
                .doesNotContain("− P.S.")
                .doesNotContain("No changes in the text")
                .contains("  During my externship");
        assertThat(find(Paragraph.class).withId("no-text-changes").exists()).isFalse();

        click("restore-1");
        assertThat(find(Dialog.class).withId("history-dialog").withCondition(Dialog::isOpened).exists()).isFalse();
        assertThat(find(TextArea.class).id("letter-body").getValue()).isEqualTo(first);
        assertThat(tone.getValue()).isEqualTo(Tone.WARM);
        assertThat(find(Span.class).id("letter-status").getText()).startsWith("Version 3");
        assertThat(letters.versions(letter.id())).extracting(DocumentVersion::number).containsExactly(3, 2, 1);
        assertThat(letters.versionBody(letter.id(), 3)).isEqualTo(first);
    }

    @Test
    void comparing_letter_versions_that_differ_only_in_tone_says_the_text_did_not_change() {
        CoverLetterDetail letter = letters.startFromExample("junior-clinic");
        navigate("documents/cover-letters/" + letter.id(), CoverLetterEditorView.class);
        @SuppressWarnings("unchecked")
        Select<Tone> tone = find(Select.class).id("letter-tone");
        assertThat(tone.getValue()).isEqualTo(Tone.WARM);
        tone.setValue(Tone.CONFIDENT);
        click("save-letter");
        assertThat(find(Span.class).id("letter-status").getText()).startsWith("Version 2");

        click("show-history");
        click("compare-1");
        Div comparison = find(Div.class).id("comparison");
        assertThat(find(Paragraph.class).id("no-text-changes").getText())
                .isEqualTo("No changes in the text between these versions.");
        // the line stands above the (unchanged) text, and nothing is marked as added or removed
        assertThat(comparison.getChildren().skip(1).findFirst().orElseThrow().getId()).hasValue("no-text-changes");
        assertThat(find(Span.class).withClassName("diff-same").all()).hasSize((int) letter.body().lines().count());
        assertThat(find(Span.class).withClassName("diff-added").exists()).isFalse();
        assertThat(find(Span.class).withClassName("diff-removed").exists()).isFalse();
    }

    @Test
    void the_match_panel_scores_the_unsaved_content_and_explains_what_is_missing() {
        createFromDialog("Match resume", DocumentsApiTestData.PASTED);
        test(find(TextArea.class).id("posting-text")).setValue(
                "Clinical Technician: phlebotomy, EKG, point-of-care testing and specimen handling. BLS and CCMA required. Teamwork.");
        click("check-match");
        int first = Integer.parseInt(find(Span.class).id("match-score").getText());
        assertThat(first).isBetween(1, 99);
        String missing = find(UnorderedList.class).id("match-missing").getElement().getTextRecursively();
        assertThat(missing).contains("Point-of-Care Testing", "add to Skills", "CCMA", "add to Certifications and licences");
        assertThat(find(Div.class).id("match-hard-skill").getElement().getTextRecursively())
                .contains("Hard skills", "✓ Phlebotomy", "✓ EKG");

        // ticking the checklist changes the score before anything is saved
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> checklist = find(CheckboxGroup.class).id("clinical-skills");
        java.util.Set<String> ticked = new java.util.LinkedHashSet<>(checklist.getValue());
        ticked.add("Point-of-Care Testing");
        ticked.add("Specimen Handling");
        checklist.setValue(ticked);
        click("check-match");
        assertThat(Integer.parseInt(find(Span.class).id("match-score").getText())).isGreaterThan(first);
        assertThat(find(UnorderedList.class).id("match-missing").getElement().getTextRecursively())
                .doesNotContain("Point-of-Care Testing");
    }

    @Test
    void bullet_ideas_show_ticked_skills_the_job_does_not_mention_yet() {
        createFromDialog("Bullets resume", DocumentsApiTestData.PASTED);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> checklist = find(CheckboxGroup.class).id("clinical-skills");
        checklist.setValue(java.util.Set.of("Specimen Handling"));
        TextArea bullets = find(TextArea.class).withClassName("bullets").first();
        long before = bullets.getValue().lines().count();

        test(find(Button.class).withClassName("suggest-bullets").first()).click();

        java.util.List<String> lines = bullets.getValue().lines().toList();
        assertThat(lines).hasSize((int) before + 3);
        assertThat(lines.subList((int) before, lines.size())).allSatisfy(line ->
                assertThat(line).containsIgnoringCase("specimen handling"));
    }

    @Test
    void tailoring_copies_the_resume_for_an_application_and_brings_its_posting() {
        jdbc.update("update app_user set plan = 'PLUS' where email = ?", USER);
        com.clintrack.tracker.TrackedApplication application = tracker.create(new com.clintrack.tracker.ApplicationDraft(
                "Mercy Hospital", "EKG Technician", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, "Run 12-lead EKGs and Holter monitor hookups. BLS required.",
                com.clintrack.tracker.Stage.SAVED, null, null, java.util.List.of(), null, null, null, null));
        long original = createFromDialog("Base resume", DocumentsApiTestData.PASTED);

        click("tailor");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<com.clintrack.documents.JobApplications.ApplicationRef> choice =
                find(com.vaadin.flow.component.combobox.ComboBox.class).id("tailor-application");
        choice.setValue(choice.getListDataView().getItems().filter(a -> a.id() == application.id()).findFirst().orElseThrow());
        assertThat(find(TextField.class).id("tailor-title").getValue()).isEqualTo("Base resume – Mercy Hospital");
        click("tailor-create");

        assertThat(getCurrentView()).isInstanceOf(ResumeEditorView.class);
        assertThat(find(Span.class).id("resume-status").getText()).contains("Tailored for EKG Technician – Mercy Hospital");
        assertThat(find(TextArea.class).id("posting-text").getValue()).contains("Holter monitor");
        assertThat(resumes.forApplication(application.id())).singleElement()
                .satisfies(copy -> assertThat(copy.tailoredFromId()).isEqualTo(original));
    }

    @Test
    void the_free_limit_shows_the_upgrade_prompt_and_keeps_what_was_typed() {
        createFromDialog("The one", "");
        navigate(DocumentsView.class);
        click("new-resume");
        test(find(TextField.class).id("resume-title")).setValue("One too many");
        click("create-resume");

        Dialog prompt = find(Dialog.class).id(UpgradePrompt.DIALOG_ID);
        assertThat(prompt.isOpened()).isTrue();
        assertThat(find(TextField.class).id("resume-title").getValue()).isEqualTo("One too many");
        assertThat(resumes.count()).isEqualTo(1);
    }

    @Test
    void bad_uploads_are_refused_with_a_clear_message() {
        navigate(DocumentsView.class);
        click("new-resume");
        NewResumeDialog dialog = (NewResumeDialog) find(Dialog.class).id("new-resume-dialog");
        test(find(TextField.class).id("resume-title")).setValue("Uploaded");

        dialog.receive("resume.pdf", "PK\u0003\u0004 this is a zip".getBytes(StandardCharsets.ISO_8859_1));
        click("create-resume");
        assertThat(find(Span.class).id("upload-status").getText()).contains("not a PDF");

        dialog.receive("resume.pdf", new byte[0]);
        click("create-resume");
        assertThat(find(Span.class).id("upload-status").getText()).contains("empty");

        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        dialog.receive("resume.pdf", big);
        click("create-resume");
        assertThat(find(Span.class).id("upload-status").getText()).contains("5 MB");
        assertThat(resumes.count()).isZero();
    }

    @Test
    void an_example_starts_a_resume_and_a_letter_is_drafted_from_it() {
        navigate(DocumentsView.class);
        find(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(2);
        click("example-resume-junior");
        assertThat(getCurrentView()).isInstanceOf(ResumeEditorView.class);
        assertThat(find(TextField.class).id("contact-name").getValue()).isEqualTo("Jordan Alvarez");

        navigate(DocumentsView.class);
        find(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(1);
        click("new-letter");
        test(find(TextField.class).id("letter-company")).setValue("Mercy Hospital");
        test(find(TextField.class).id("letter-job-title")).setValue("Clinical Technician");
        test(find(TextArea.class).id("letter-posting")).setValue("Phlebotomy and 12-lead EKG experience; BLS required.");
        click("draft-letter");

        assertThat(getCurrentView()).isInstanceOf(CoverLetterEditorView.class);
        String body = find(TextArea.class).id("letter-body").getValue();
        assertThat(body).contains("Dear Mercy Hospital hiring team", "Phlebotomy", "EKG", "Jordan Alvarez",
                "Basic Life Support (BLS) for Healthcare Providers");

        test(find(TextArea.class).id("letter-body")).setValue(body + "\n\nP.S. I can start in two weeks.");
        click("save-letter");
        assertThat(find(Span.class).id("letter-status").getText()).startsWith("Version 2");

        // drafting again in another tone uses the same posting; nothing is saved until Save
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<com.clintrack.assistant.Tone> tone =
                find(com.vaadin.flow.component.select.Select.class).id("letter-tone");
        tone.setValue(com.clintrack.assistant.Tone.CONFIDENT);
        click("redraft-letter");
        assertThat(find(TextArea.class).id("letter-body").getValue()).contains("You asked for Phlebotomy and EKG")
                .doesNotContain("P.S.");
        assertThat(find(Span.class).id("letter-status").getText()).startsWith("Version 2");
    }

    @Test
    void another_users_resume_is_not_shown() {
        long otherId = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from resume", Long.class);
        try {
            navigate("documents/resumes/" + otherId, ResumeEditorView.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // browserless reports the error route by throwing; the check below is what matters
        }
        assertThat(getCurrentView()).isNotInstanceOf(ResumeEditorView.class);
    }
}
