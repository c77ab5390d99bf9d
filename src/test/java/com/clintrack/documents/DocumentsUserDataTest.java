package com.clintrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountDataService;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.assistant.AssistantService;
import com.clintrack.assistant.Tone;
import com.clintrack.documents.api.DocumentsApiTestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Documents in "download my data", the admin's counts and "delete my account". */
@IntegrationTest
class DocumentsUserDataTest {

    @Autowired
    ResumeService resumes;
    @Autowired
    CoverLetterService letters;
    @Autowired
    AssistantService assistant;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountDataService data;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void my_documents_are_exported_counted_and_deleted_with_my_account() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "doc-data");
        TestAccounts.signIn(users, user.email());
        ResumeDetail resume = resumes.create("Exported resume", DocumentsApiTestData.PASTED);
        resumes.update(resume.id(), "Exported resume v2", ResumeTemplate.COMPACT, resume.content(), null);
        letters.create(new CoverLetterRequest(resume.id(), null, "Kettering Health", "EKG Technician",
                "EKG and BLS required", Tone.WARM));

        Map<String, String> files = unzip(data.exportMine());
        assertThat(files.get("documents.json")).contains("Exported resume v2", "Zoë Nguyễn-Łukasz", "Kettering Health",
                "\"resumeVersions\"", "EKG and BLS required");
        assertThat(files).containsKey("resumes/" + resume.id() + "-exported-resume-v2.txt");
        assertThat(files.get("assistant.json")).contains("\"llmEnabled\": false");

        TestAccounts.signIn(users, "admin@clintrack.test");
        assertThat(data.countsOf(user.id())).containsEntry("resumes", 1L).containsEntry("coverLetters", 1L);
        TestAccounts.signIn(users, user.email());

        data.deleteMine(TestAccounts.PASSWORD);
        for (String table : new String[] {"resume", "resume_version", "cover_letter", "cover_letter_version",
                "assistant_setting"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where owner_id = ?", Integer.class,
                    user.id())).as(table).isZero();
        }
    }
}
