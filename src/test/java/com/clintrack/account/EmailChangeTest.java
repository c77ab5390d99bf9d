package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Changing the email: a single-use link goes to the new address, and only its owner can use it. */
@IntegrationTest
class EmailChangeTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/account/confirm-email\\?token=(\\S+)");

    @Autowired
    AccountService accounts;
    @Autowired
    EmailChangeService emailChanges;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String mailedSecret(String to) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(to);
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void the_link_mailed_to_the_new_address_changes_the_email_once() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "mover");
        String newEmail = TestAccounts.uniqueEmail("moved");
        TestAccounts.signIn(users, user.email());
        emailChanges.requestChange(newEmail, TestAccounts.PASSWORD);
        String secret = mailedSecret(newEmail);

        assertThat(emailChanges.confirm(secret)).isEqualTo(newEmail);
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, user.id()))
                .isEqualTo(newEmail);
        assertThatThrownBy(() -> emailChanges.confirm(secret)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void another_user_cannot_use_the_link() throws Exception {
        AccountSummary owner = TestAccounts.register(accounts, "owner");
        AccountSummary thief = TestAccounts.register(accounts, "thief");
        String newEmail = TestAccounts.uniqueEmail("target");
        TestAccounts.signIn(users, owner.email());
        emailChanges.requestChange(newEmail, TestAccounts.PASSWORD);
        String secret = mailedSecret(newEmail);

        TestAccounts.signIn(users, thief.email());
        assertThatThrownBy(() -> emailChanges.confirm(secret)).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, thief.id()))
                .isEqualTo(thief.email());
    }
}
