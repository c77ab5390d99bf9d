package com.clintrack.careerguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditEntry;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.careerguide.RoleProfileAdminService.UploadPreview;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Uploading, previewing, applying and restoring role files, with audit and access rules. */
@CareerGuideTest
class RoleProfileAdminServiceTest {

    static final String ADMIN = "admin@clintrack.test";
    private static final String SAMPLE = "sample-technician";
    private static final String IP = "203.0.113.7";

    @Autowired
    private RoleProfileAdminService admin;
    @Autowired
    private RoleProfileService roles;
    @Autowired
    private RoleProfileVersionRepository versions;
    @Autowired
    private AuditLog audit;
    @Autowired
    private AccountService accounts;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void signInAdmin() {
        TestAccounts.signIn(userDetails, ADMIN);
    }

    @AfterEach
    void forgetVersions() {
        versions.deleteAll();
        TestAccounts.signOut();
    }

    /** The sample role with another median salary and content version. */
    static byte[] sampleVersion(int version, long median) {
        return RoleFiles.with(RoleFiles.SAMPLE_ROLE, tree -> {
            tree.put("version", version);
            RoleFiles.object(tree, "keyFacts").put("medianSalaryUsd", median);
        });
    }

    @Test
    void aPreviewNamesTheChangedSectionsAndChangesNothing() {
        byte[] upload = RoleFiles.with(RoleFiles.SAMPLE_ROLE, tree -> {
            tree.put("version", 2);
            RoleFiles.object(tree, "keyFacts").put("medianSalaryUsd", 44_000);
            tree.withArray("pros").add("Short commute to the sample lab.");
            tree.putArray("visaNotes").add("Sample visas take a week.");
        });

        UploadPreview preview = admin.check("sample-v2.json", upload, IP);

        assertThat(preview.newRole()).isFalse();
        assertThat(preview.slug()).isEqualTo(SAMPLE);
        assertThat(preview.activeVersion()).isNotNull();
        assertThat(preview.activeVersion().bundled()).isTrue();
        assertThat(preview.changes()).extracting(SectionChange::section, SectionChange::kind).containsExactly(
                tuple("version", SectionChange.Kind.CHANGED),
                tuple("keyFacts", SectionChange.Kind.CHANGED),
                tuple("pros", SectionChange.Kind.CHANGED),
                tuple("visaNotes", SectionChange.Kind.ADDED));
        assertThat(preview.changes().get(1).fieldsChanged()).containsExactly("medianSalaryUsd");
        assertThat(preview.changes().get(2).itemsBefore()).isEqualTo(1);
        assertThat(preview.changes().get(2).itemsAfter()).isEqualTo(2);
        assertThat(versions.count()).isZero();
        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(41_000);
    }

    @Test
    void applyingMakesTheUploadActiveAndAuditsIt() {
        RoleVersion saved = admin.apply("sample-v2.json", sampleVersion(2, 44_000), null, IP);

        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.origin()).isEqualTo(VersionOrigin.UPLOAD);
        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(44_000);
        assertThat(roles.json(SAMPLE)).contains("\"medianSalaryUsd\":44000");
        assertThat(admin.history(SAMPLE)).extracting(RoleVersion::revision, RoleVersion::active)
                .containsExactly(tuple(1, true),
                        tuple(null, false));
        AuditEntry entry = latestAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.ROLE_PROFILE_UPLOAD);
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(entry.actor()).isEqualTo(ADMIN);
        assertThat(entry.target()).isEqualTo("role:" + SAMPLE);
        assertThat(entry.ip()).isEqualTo(IP);
    }

    @Test
    void aMalformedUploadIsRefusedWithPathsAndChangesNothing() {
        String before = roles.json("clinical-technician");
        byte[] bad = RoleFiles.clinicalTechnicianWith(tree -> {
            tree.put("version", 2);
            ((ObjectNode) tree.get("salaryByLevel").get(0)).put("medianUsd", "35k");
            ((ObjectNode) tree.get("faq").get(0)).remove("answer");
        });

        assertThatThrownBy(() -> admin.check("ct-v2.json", bad, IP))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems())
                        .extracting(RoleFileProblem::file, RoleFileProblem::path)
                        .containsExactly(tuple("ct-v2.json", "$.faq[0]"),
                                tuple("ct-v2.json", "$.salaryByLevel[0].medianUsd")));
        assertThatThrownBy(() -> admin.apply("ct-v2.json", bad, null, IP)).isInstanceOf(RoleFileException.class);

        assertThat(versions.count()).isZero();
        assertThat(roles.json("clinical-technician")).isEqualTo(before);
        AuditEntry entry = latestAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.ROLE_PROFILE_UPLOAD);
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(entry.detail()).contains("ct-v2.json").contains("2 problem(s)");
    }

    @Test
    void anUploadMustRaiseTheVersion() {
        byte[] sameVersion = sampleVersion(1, 44_000);

        assertThatThrownBy(() -> admin.check("sample.json", sameVersion, IP))
                .isInstanceOfSatisfying(RoleFileException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.path()).isEqualTo("$.version");
                            assertThat(problem.reason()).contains("greater than 1");
                        }));
    }

    @Test
    void aNewRoleCanBeUploadedAndRestoredBackToItsFirstRevision() {
        byte[] newRole = RoleFiles.with(RoleFiles.SAMPLE_ROLE, tree -> {
            tree.put("slug", "uploaded-technician");
            tree.put("title", "Uploaded Technician");
        });

        UploadPreview preview = admin.check("uploaded.json", newRole, IP);
        assertThat(preview.newRole()).isTrue();
        assertThat(preview.activeVersion()).isNull();
        assertThat(preview.changes()).extracting(SectionChange::kind).containsOnly(SectionChange.Kind.ADDED);
        admin.apply("uploaded.json", newRole, null, IP);

        assertThat(roles.list()).extracting(RoleSummary::slug).contains("uploaded-technician");
        assertThat(admin.history("uploaded-technician")).singleElement().satisfies(version -> {
            assertThat(version.revision()).isEqualTo(1);
            assertThat(version.active()).isTrue();
        });
    }

    @Test
    void restoringAnEarlierVersionAddsACopyAndKeepsTheHistory() {
        admin.apply("sample-v2.json", sampleVersion(2, 44_000), null, IP);
        admin.apply("sample-v3.json", sampleVersion(3, 47_000), 1, IP);
        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(47_000);

        RoleVersion restored = admin.restore(SAMPLE, 1, IP);

        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.origin()).isEqualTo(VersionOrigin.RESTORE);
        assertThat(restored.restoredFrom()).isEqualTo(1);
        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(44_000);
        assertThat(admin.history(SAMPLE)).extracting(RoleVersion::revision)
                .containsExactly(3, 2, 1, null);
        assertThat(latestAudit().action()).isEqualTo(AuditAction.ROLE_PROFILE_RESTORE);

        RoleVersion bundled = admin.restore(SAMPLE, null, IP);
        assertThat(bundled.origin()).isEqualTo(VersionOrigin.BUNDLED_RESTORE);
        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(41_000);
        assertThatThrownBy(() -> admin.restore(SAMPLE, 4, IP)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anApplyMadeAgainstAStaleVersionIsAConflict() {
        admin.apply("sample-v2.json", sampleVersion(2, 44_000), null, IP);

        assertThatThrownBy(() -> admin.apply("sample-v3.json", sampleVersion(3, 47_000), null, IP))
                .isInstanceOf(ConflictException.class);
        assertThat(roles.get(SAMPLE).keyFacts().medianSalaryUsd()).isEqualTo(44_000);
    }

    @Test
    void onlyAdminsMayManageRoleFiles() {
        String email = TestAccounts.register(accounts, "guide-user").email();
        TestAccounts.signIn(userDetails, email);

        assertThatThrownBy(() -> admin.roles()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.apply("x.json", sampleVersion(2, 1), null, IP))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(roles.list()).isNotEmpty();
    }

    @Test
    void listingRolesTakesOneStatementOnceTheFilesAreParsed() {
        admin.apply("sample-v2.json", sampleVersion(2, 44_000), null, IP);
        roles.list();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<RoleSummary> listed = roles.list();

        assertThat(listed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void theAdminListOfRolesTakesTwoStatements() {
        admin.apply("sample-v2.json", sampleVersion(2, 44_000), null, IP);
        admin.roles();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<RoleProfileAdminService.RoleAdminSummary> listed = admin.roles();

        assertThat(listed).filteredOn(role -> role.slug().equals(SAMPLE)).singleElement()
                .satisfies(role -> {
                    assertThat(role.active().revision()).isEqualTo(1);
                    assertThat(role.versions()).isEqualTo(2);
                });
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
    }

    private AuditEntry latestAudit() {
        return audit.latest(PageRequest.of(0, 1)).getFirst();
    }
}
