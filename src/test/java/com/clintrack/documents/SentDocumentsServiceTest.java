package com.clintrack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.base.NotFoundException;
import com.clintrack.documents.api.DocumentsApiTestData;
import com.clintrack.tracker.ApplicationDraft;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.StageMove;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import com.clintrack.tracker.TrackerStats;
import com.clintrack.tracker.TrackerStatsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Recording the versions sent with an application, their ownership, and the response rate per resume version. */
@IntegrationTest
class SentDocumentsServiceTest {

    @Autowired
    TrackerService tracker;
    @Autowired
    TrackerStatsService stats;
    @Autowired
    ResumeService resumes;
    @Autowired
    CoverLetterService letters;
    @Autowired
    SentDocumentsService sent;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    AccountSummary alice;
    AccountSummary bob;

    @BeforeEach
    void users() {
        alice = TestAccounts.register(accounts, "sent-alice");
        bob = TestAccounts.register(accounts, "sent-bob");
        jdbc.update("update app_user set plan = 'PLUS' where id in (?, ?)", alice.id(), bob.id());
        TestAccounts.signIn(users, alice.email());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private TrackedApplication applied(String company) {
        return tracker.create(ApplicationDraft.quick(company, "EKG Technician", null, "Indeed", Stage.APPLIED));
    }

    private long firstVersion(long resumeId) {
        return resumes.versions(resumeId).getFirst().id();
    }

    @Test
    void responseRateIsGroupedByResumeVersionWithTheResumeTitleAndNumber() {
        long ekg = resumes.create("EKG resume", DocumentsApiTestData.PASTED).id();
        long phleb = resumes.create("Phlebotomy resume", DocumentsApiTestData.PASTED).id();
        long ekgV1 = firstVersion(ekg);
        long phlebV1 = firstVersion(phleb);
        TrackedApplication answered = applied("Mercy");
        tracker.recordDocumentsSent(answered.id(), ekgV1, null);
        tracker.move(answered.id(), StageMove.to(Stage.SCREENING));
        tracker.recordDocumentsSent(applied("St. Luke").id(), ekgV1, null);
        tracker.recordDocumentsSent(applied("Quest").id(), phlebV1, null);
        TrackedApplication saved = tracker.create(ApplicationDraft.quick("Saved", "Tech", null, null, Stage.SAVED));
        tracker.recordDocumentsSent(saved.id(), phlebV1, null); // never applied: not counted
        applied("No version recorded"); // not counted either

        assertThat(stats.stats().responseByResumeVersion())
                .extracting(TrackerStats.ResumeVersionResponse::resumeVersionId,
                        TrackerStats.ResumeVersionResponse::label, TrackerStats.ResumeVersionResponse::applied,
                        TrackerStats.ResumeVersionResponse::responded)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ekgV1, "EKG resume · version 1", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple(phlebV1, "Phlebotomy resume · version 1", 1L, 0L));
        assertThat(stats.stats().responseByResumeVersion().getFirst().rate()).isEqualTo(0.5);
    }

    @Test
    void recordingIsScopedToTheUsersApplicationAndVersions() {
        long aliceResume = resumes.create("Alice resume", DocumentsApiTestData.PASTED).id();
        long aliceVersion = firstVersion(aliceResume);
        long aliceLetter = letters.create(new CoverLetterRequest(aliceResume, null, "Mercy", "EKG Tech", null, null)).id();
        long aliceLetterVersion = letters.versions(aliceLetter).getFirst().id();
        TrackedApplication aliceApp = applied("Mercy");
        TrackedApplication recorded = tracker.recordDocumentsSent(aliceApp.id(), aliceVersion, aliceLetterVersion);
        assertThat(recorded.resumeVersionId()).isEqualTo(aliceVersion);
        assertThat(recorded.coverLetterVersionId()).isEqualTo(aliceLetterVersion);

        TestAccounts.signIn(users, bob.email());
        long bobResume = resumes.create("Bob resume", DocumentsApiTestData.PASTED).id();
        long bobVersion = firstVersion(bobResume);
        long bobLetterVersion = letters.versions(
                letters.create(new CoverLetterRequest(bobResume, null, "Quest", "Tech", null, null)).id()).getFirst().id();
        TrackedApplication bobApp = applied("Quest");
        // Bob cannot touch Alice's application, not even to clear it, nor point his at Alice's versions.
        assertThatThrownBy(() -> tracker.recordDocumentsSent(aliceApp.id(), null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.recordDocumentsSent(aliceApp.id(), bobVersion, bobLetterVersion))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.recordDocumentsSent(bobApp.id(), aliceVersion, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.recordDocumentsSent(bobApp.id(), null, aliceLetterVersion))
                .isInstanceOf(NotFoundException.class);
        assertThat(sent.resumeVersionChoices()).extracting(SentVersion::versionId).containsExactly(bobVersion);
        assertThat(sent.resumeVersion(aliceVersion)).isEmpty();
        assertThat(sent.linkedMatch(bobApp.id(), aliceVersion, "BLS")).isEmpty();

        TestAccounts.signIn(users, alice.email());
        // Alice cannot record Bob's version ids on her own application either; nothing changes.
        assertThatThrownBy(() -> tracker.recordDocumentsSent(aliceApp.id(), bobVersion, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.recordDocumentsSent(aliceApp.id(), aliceVersion, bobLetterVersion))
                .isInstanceOf(NotFoundException.class);
        TrackedApplication after = tracker.get(aliceApp.id());
        assertThat(after.resumeVersionId()).isEqualTo(aliceVersion);
        assertThat(after.coverLetterVersionId()).isEqualTo(aliceLetterVersion);
        assertThat(sent.resumeVersionChoices()).extracting(SentVersion::versionId).containsExactly(aliceVersion);
        assertThat(sent.coverLetterVersionChoices()).extracting(SentVersion::versionId)
                .containsExactly(aliceLetterVersion);
    }
}
