package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.PasswordHashing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Registration, sign-in, lockout and hash upgrades through the real authentication manager. */
@IntegrationTest
class AccountSecurityTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private Authentication signIn(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private Throwable failedSignIn(String email, String password) {
        try {
            signIn(email, password);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("sign-in should have failed");
    }

    @Test
    void a_64_character_password_of_non_ascii_letters_registers_and_signs_in() {
        String email = TestAccounts.uniqueEmail("umlaut");
        String password = "ü".repeat(64);
        AccountSummary created = accounts.register(new Registration(email, "Ümit", password, "Europe/Berlin"), "1.2.3.4");

        assertThat(created.plan()).isEqualTo(Plan.FREE);
        Authentication auth = signIn(email, password);
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(((AppUserPrincipal) auth.getPrincipal()).id()).isEqualTo(created.id());
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, created.id());
        assertThat(hash).startsWith("$argon2id$").contains("m=" + PasswordHashing.MEMORY_KIB + ",t=2,p=1");
    }

    @Test
    void an_eleven_character_password_is_refused_at_the_password_field() {
        Registration registration = new Registration(TestAccounts.uniqueEmail("short"), "Short", "abcdefghijk", "UTC");
        assertThatThrownBy(() -> accounts.register(registration, "1.2.3.4"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsOnlyKeys("password")
                                .extractingByKey("password").asString().contains("12"));
    }

    @Test
    void a_common_password_is_refused() {
        Registration registration = new Registration(TestAccounts.uniqueEmail("common"), "Common", "qwerty123456", "UTC");
        assertThatThrownBy(() -> accounts.register(registration, "1.2.3.4"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors().get("password")).contains("commonly used"));
    }

    @Test
    void the_email_as_password_is_refused() {
        String email = TestAccounts.uniqueEmail("same");
        assertThatThrownBy(() -> accounts.register(new Registration(email, "Same", email.toUpperCase(), "UTC"), "1"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void every_bad_field_is_reported_at_once() {
        assertThatThrownBy(() -> accounts.register(new Registration("not-an-email", " ", "short", "Mars/Olympus"), "1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("email", "displayName", "password", "timeZone"));
    }

    @Test
    void an_email_is_taken_whatever_its_case() {
        AccountSummary first = TestAccounts.register(accounts, "dupe");
        Registration again = new Registration(first.email().toUpperCase(), "Again", TestAccounts.PASSWORD, "UTC");
        assertThatThrownBy(() -> accounts.register(again, "1.2.3.4")).isInstanceOf(ConflictException.class);
    }

    @Test
    void six_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused_like_an_unknown_account() {
        AccountSummary user = TestAccounts.register(accounts, "lockout");
        Throwable unknown = failedSignIn(TestAccounts.uniqueEmail("nobody"), TestAccounts.PASSWORD);

        for (int attempt = 1; attempt <= 6; attempt++) {
            Throwable wrong = failedSignIn(user.email(), "wrong password number " + attempt);
            assertThat(wrong).isInstanceOf(BadCredentialsException.class).hasMessage(unknown.getMessage());
        }
        Throwable seventh = failedSignIn(user.email(), TestAccounts.PASSWORD);

        assertThat(seventh).isInstanceOf(unknown.getClass()).hasMessage(unknown.getMessage());
        assertThat(jdbc.queryForObject("select locked_until from app_user where id = ?", java.sql.Timestamp.class,
                user.id())).isNotNull();
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor_id = ?", Integer.class,
                user.id())).isEqualTo(1);
    }

    @Test
    void the_lock_ends_by_itself_after_fifteen_minutes() {
        AccountSummary user = TestAccounts.register(accounts, "unlock");
        for (int attempt = 1; attempt <= 5; attempt++) {
            failedSignIn(user.email(), "wrong password number " + attempt);
        }
        assertThat(failedSignIn(user.email(), TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);

        // Move the lock into the past, as 15 minutes passing would.
        jdbc.update("update app_user set locked_until = locked_until - interval '16' minute where id = ?", user.id());

        assertThat(signIn(user.email(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void sign_ins_are_audited_without_secrets() {
        AccountSummary user = TestAccounts.register(accounts, "audited");
        signIn(user.email(), TestAccounts.PASSWORD);
        failedSignIn(user.email(), "not the password at all");

        assertThat(jdbc.queryForList("select outcome from audit_event where action = 'SIGN_IN' and actor = ? "
                + "order by id", String.class, user.email())).containsExactly("SUCCESS", "FAILURE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ? or actor like ?",
                Integer.class, "%" + TestAccounts.PASSWORD + "%", "%not the password%")).isZero();
    }

    @Test
    void a_hash_made_with_weaker_settings_is_upgraded_at_sign_in() {
        AccountSummary user = TestAccounts.register(accounts, "rehash");
        String weak = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(TestAccounts.PASSWORD);
        assertThat(weak).contains("m=16384");
        jdbc.update("update app_user set password_hash = ? where id = ?", weak, user.id());

        signIn(user.email(), TestAccounts.PASSWORD);

        String upgraded = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
                user.id());
        assertThat(upgraded).contains("m=" + PasswordHashing.MEMORY_KIB).isNotEqualTo(weak);
        assertThat(signIn(user.email(), TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_remember_me_logins() {
        AccountSummary user = TestAccounts.register(accounts, "change");
        jdbc.update("insert into persistent_logins (username, series, token, last_used) values (?, ?, ?, current_timestamp)",
                user.email(), "series-" + user.id(), "token");
        com.clintrack.TestAccounts.signIn(users, user.email());
        try {
            assertThatThrownBy(() -> accounts.changePassword("not the current one", "a completely new passphrase", "1"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("currentPassword"));
            assertThatThrownBy(() -> accounts.changePassword(TestAccounts.PASSWORD, "short", "1"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("newPassword"));

            accounts.changePassword(TestAccounts.PASSWORD, "a completely new passphrase", "1");
        } finally {
            com.clintrack.TestAccounts.signOut();
        }
        assertThat(signIn(user.email(), "a completely new passphrase").isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                user.email())).isZero();
        assertThat(jdbc.queryForList("select outcome from audit_event where action = 'PASSWORD_CHANGE' and actor_id = ? "
                + "order by id", String.class, user.id())).containsExactly("FAILURE", "SUCCESS");
    }

    @Test
    void the_first_admin_comes_from_configuration_and_its_role_grant_is_audited() {
        assertThat(signIn("admin@clintrack.test", "correct horse battery staple admin").getAuthorities())
                .extracting(Object::toString).contains("ROLE_ADMIN", "ROLE_USER");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ROLE_CHANGE' and target = ?",
                Integer.class, "admin@clintrack.test")).isEqualTo(1);
    }
}
