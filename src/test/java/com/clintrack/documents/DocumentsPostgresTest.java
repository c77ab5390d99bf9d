package com.clintrack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.PostgresIntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.QuotaExceededException;
import com.clintrack.assistant.Tone;
import com.clintrack.documents.api.DocumentsApiTestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Resumes, versions, letters and the quota on real PostgreSQL (migrations V50/V51, varchar JSON, locks). */
class DocumentsPostgresTest extends PostgresIntegrationTest {

    @Autowired
    ResumeService resumes;
    @Autowired
    CoverLetterService letters;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestAccounts.signIn(users, TestAccounts.register(accounts, "pg-documents").email());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void resumes_versions_and_letters_work_on_postgresql() {
        ResumeDetail created = resumes.create("PG resume", DocumentsApiTestData.PASTED);
        String longSummary = "Steady with nervous patients. ".repeat(60).strip();
        ResumeContent changed = new ResumeContent(created.content().contact(), longSummary,
                created.content().experience(), created.content().education(), created.content().certifications(),
                created.content().skills(), List.of("Phlebotomy", "EKG"), created.content().clinicalHours());
        ResumeDetail saved = resumes.update(created.id(), "PG resume", ResumeTemplate.MODERN, changed, created.version());

        assertThat(saved.currentVersion()).isEqualTo(2);
        assertThat(resumes.get(created.id()).content().contact().fullName()).isEqualTo("Zoë Nguyễn-Łukasz");
        assertThat(resumes.versions(created.id())).extracting(DocumentVersion::number).containsExactly(2, 1);
        assertThat(resumes.compare(created.id(), 1, 2)).anyMatch(line -> line.change() == LineDiff.Change.ADDED);
        assertThat(resumes.list(PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "updatedAt"))).getContent())
                .extracting(ResumeSummary::title).containsExactly("PG resume");
        assertThat(resumes.pdf(created.id())).startsWith("%PDF-".getBytes());

        assertThatThrownBy(() -> resumes.create("Second", null)).isInstanceOf(QuotaExceededException.class);

        CoverLetterDetail letter = letters.create(new CoverLetterRequest(created.id(), null, "Mercy", "EKG Tech",
                "EKG and BLS", Tone.PROFESSIONAL));
        assertThat(letter.body()).contains("Mercy");
        resumes.delete(created.id());
        assertThat(letters.get(letter.id()).resumeId()).isNull();
    }
}
