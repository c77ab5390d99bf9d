package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.base.InvalidInputException;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** "Forgot password" over real SMTP (GreenMail): the mailed single-use link sets a new password. */
@IntegrationTest
class PasswordResetTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/reset-password\\?token=(\\S+)");
    private static final String NEW_PASSWORD = "a brand new passphrase for work";

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordResetService resets;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    JdbcTemplate jdbc;

    private String requestLink(String email) throws Exception {
        resets.requestReset(email, "127.0.0.1");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        MimeMessage mail = received[received.length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("reset link in the mail").isTrue();
        return matcher.group(1);
    }

    private boolean canSignIn(String email, String password) {
        try {
            return authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, password)).isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    @Test
    void the_mailed_link_sets_a_new_password_once() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "reset");
        String token = requestLink(user.email());
        assertThat(resets.isValid(token)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where token_hash = ?",
                Integer.class, token)).as("only the hash is stored").isZero();

        resets.resetPassword(token, NEW_PASSWORD, "127.0.0.1");

        assertThat(canSignIn(user.email(), NEW_PASSWORD)).isTrue();
        assertThat(canSignIn(user.email(), TestAccounts.PASSWORD)).isFalse();
        assertThat(resets.isValid(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, "yet another passphrase here", "127.0.0.1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForList("select action from audit_event where actor_id = ? order by id", String.class,
                user.id())).contains("PASSWORD_RESET_REQUEST", "PASSWORD_RESET");
    }

    @Test
    void a_link_older_than_thirty_minutes_is_refused() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "expired");
        String token = requestLink(user.email());
        jdbc.update("update password_reset_token set expires_at = created_at - interval '1' minute where user_id = ?",
                user.id());

        assertThat(resets.isValid(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, NEW_PASSWORD, "127.0.0.1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(canSignIn(user.email(), TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void the_link_lasts_thirty_minutes() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "validity");
        requestLink(user.email());
        Long minutes = jdbc.queryForObject("select datediff('MINUTE', created_at, expires_at) from password_reset_token "
                + "where user_id = ?", Long.class, user.id());
        assertThat(minutes).isEqualTo(30);
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_stays_usable() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "weakreset");
        String token = requestLink(user.email());

        assertThatThrownBy(() -> resets.resetPassword(token, "too short", "127.0.0.1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));
        assertThat(resets.isValid(token)).isTrue();
    }

    @Test
    void an_unknown_email_gets_no_mail_and_no_error() {
        resets.requestReset(TestAccounts.uniqueEmail("ghost"), "127.0.0.1");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
