package com.clintrack;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Every Flyway migration, and the user repository, on real PostgreSQL. */
class PostgresMigrationTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    void runs_on_postgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void every_migration_is_applied_successfully() throws Exception {
        int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql").length;
        assertThat(files).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success and version is not null",
                Integer.class)).isEqualTo(files);
    }

    @Test
    void the_user_repository_registers_finds_and_authenticates_users() {
        AccountSummary created = TestAccounts.register(accounts, "pg");
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, created.id()))
                .isEqualTo(created.email());
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                created.email().toUpperCase(), TestAccounts.PASSWORD)).isAuthenticated()).isTrue();
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, created.id()))
                .containsExactly("USER");
    }

    @Test
    void lockout_arithmetic_works_on_postgresql() {
        AccountSummary user = TestAccounts.register(accounts, "pglock");
        for (int i = 0; i < 5; i++) {
            try {
                authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.email(),
                        "wrong password " + i));
            } catch (RuntimeException expected) {
                // counted
            }
        }
        assertThat(jdbc.queryForObject("select locked_until > now() from app_user where id = ?", Boolean.class,
                user.id())).isTrue();
    }
}
