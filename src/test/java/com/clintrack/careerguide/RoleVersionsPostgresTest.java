package com.clintrack.careerguide;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.PostgresIntegrationTest;
import com.clintrack.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Migration V20 and the version queries on real PostgreSQL: store, read the latest, restore. */
class RoleVersionsPostgresTest extends PostgresIntegrationTest {

    @Autowired
    private RoleProfileAdminService admin;
    @Autowired
    private RoleProfileService roles;
    @Autowired
    private RoleProfileVersionRepository versions;
    @Autowired
    private UserDetailsService userDetails;

    @AfterEach
    void cleanUp() {
        versions.deleteAll();
        TestAccounts.signOut();
    }

    @Test
    void aWholeRoleFileIsStoredAndTheLatestRevisionWins() {
        TestAccounts.signIn(userDetails, RoleProfileAdminServiceTest.ADMIN);
        byte[] v2 = RoleFiles.clinicalTechnicianWith(tree -> {
            tree.put("version", 2);
            RoleFiles.object(tree, "keyFacts").put("annualOpenings", 17_500);
        });

        admin.apply("clinical-technician-v2.json", v2, null, "127.0.0.1");
        assertThat(roles.get("clinical-technician").keyFacts().annualOpenings()).isEqualTo(17_500);
        assertThat(versions.findLatest()).singleElement().satisfies(latest -> assertThat(latest.revision()).isEqualTo(1));
        assertThat(admin.content("clinical-technician", 1)).isEqualTo(new String(v2,
                java.nio.charset.StandardCharsets.UTF_8));

        admin.restore("clinical-technician", null, "127.0.0.1");
        assertThat(roles.get("clinical-technician").keyFacts().annualOpenings()).isEqualTo(17_000);
        assertThat(admin.history("clinical-technician")).extracting(RoleVersion::revision).containsExactly(2, 1, null);
    }
}
