package com.clintrack.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.UiTest;
import com.clintrack.documents.CoverLetterRequest;
import com.clintrack.documents.CoverLetterService;
import com.clintrack.documents.ResumeService;
import com.clintrack.documents.SentVersion;
import com.clintrack.documents.api.DocumentsApiTestData;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.StageMove;
import com.clintrack.tracker.TrackerService;
import com.clintrack.tracker.TrackerStatsService;
import com.clintrack.tracker.ui.TrackerDashboardPanel;
import com.clintrack.tracker.ui.ApplicationDetailView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The documents section on the tracker's application detail: linked resume's match, and the versions sent. */
@WithUserDetails(value = UiTest.USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ApplicationDocumentsSectionTest extends UiTest {

    static final String POSTING = "Run 12-lead EKGs and Holter monitor hookups. Venipuncture. BLS required.";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResumeService resumes;
    @Autowired
    CoverLetterService letters;
    @Autowired
    TrackerService tracker;
    @Autowired
    TrackerStatsService stats;

    @BeforeEach
    void clean() {
        jdbc.update("delete from cover_letter where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("delete from resume where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("delete from job_application where owner_id = (select id from app_user where email = ?)", USER);
        jdbc.update("update app_user set plan = 'PLUS' where email = ?", USER);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<SentVersion> picker(String id) {
        return find(ComboBox.class).id(id);
    }

    @Test
    void detailShowsTheTailoredResumesMatchAndSavesTheVersionsSent() {
        TrackedApplication application = tracker.create(new ApplicationDraft("Mercy Hospital", "EKG Technician",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, POSTING,
                Stage.APPLIED, null, null, List.of(), null, null, null, null));
        long base = resumes.create("Base resume", DocumentsApiTestData.PASTED).id();
        long tailored = resumes.tailor(base, application.id(), "Mercy resume").id();
        long tailoredVersion = resumes.versions(tailored).getFirst().id();
        long letter = letters.create(new CoverLetterRequest(tailored, application.id(), null, null, null, null)).id();
        long letterVersion = letters.versions(letter).getFirst().id();
        int expected = resumes.match(tailored, POSTING).score();

        navigate("applications/" + application.id(), ApplicationDetailView.class);

        assertThat(find(Span.class).id("linked-match-score").getText()).isEqualTo(Integer.toString(expected));
        assertThat(find(Paragraph.class).id("sent-resume").getElement().getTextRecursively()).contains("not recorded yet");
        ComboBox<SentVersion> resumePicker = picker("sent-resume-version");
        ComboBox<SentVersion> letterPicker = picker("sent-cover-letter-version");
        assertThat(resumePicker.getListDataView().getItems().map(SentVersion::versionId))
                .contains(tailoredVersion, resumes.versions(base).getFirst().id());
        test(resumePicker).selectItem("Mercy resume · version 1");
        letterPicker.setValue(letterPicker.getListDataView().getItems()
                .filter(v -> v.versionId() == letterVersion).findFirst().orElseThrow());
        test(find(Button.class).id("sent-save")).click();

        TrackedApplication saved = tracker.get(application.id());
        assertThat(saved.resumeVersionId()).isEqualTo(tailoredVersion);
        assertThat(saved.coverLetterVersionId()).isEqualTo(letterVersion);
        assertThat(find(Paragraph.class).id("sent-resume").getElement().getTextRecursively()).contains("Mercy resume · version 1");
        assertThat(find(Paragraph.class).id("sent-cover-letter").getElement().getTextRecursively()).contains("version 1");

        // The page's form took the new version: saving an edit neither conflicts nor drops what was recorded.
        test(find(TextField.class).withCaption("Company").first()).setValue("Mercy Hospital East");
        test(find(Button.class).id("detail-save")).click();
        TrackedApplication edited = tracker.get(application.id());
        assertThat(edited.company()).isEqualTo("Mercy Hospital East");
        assertThat(edited.resumeVersionId()).isEqualTo(tailoredVersion);
        assertThat(edited.coverLetterVersionId()).isEqualTo(letterVersion);

        // The dashboard names the version (title and number, from documents) with its response rate.
        tracker.move(application.id(), StageMove.to(Stage.SCREENING));
        String figure = new TrackerDashboardPanel(stats, tracker).getElement().getChildren()
                .filter(card -> card.getAttribute("id") != null && card.getAttribute("id").equals("stat-resume-versions"))
                .findFirst().orElseThrow().getOuterHTML();
        assertThat(figure).contains("Mercy resume · version 1").contains("100%");
    }
}
