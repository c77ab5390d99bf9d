package com.clintrack.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server, a mail is logged for local development, or dropped without its link. */
@ExtendWith(OutputCaptureExtension.class)
class EmailServiceTest {

    private static final String LINK = "http://localhost:8080/reset-password?token=secret-single-use-token";

    private static EmailService withoutSmtp(boolean logUnsent) {
        return new EmailService(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "",
                "ClinTrack <no-reply@clintrack.local>", logUnsent);
    }

    @Test
    void in_development_the_mail_and_its_link_are_logged(CapturedOutput output) {
        assertThat(withoutSmtp(true).send("ana@example.com", "Reset your password", "Open " + LINK)).isTrue();
        assertThat(output.getAll()).contains(LINK);
    }

    @Test
    void where_logs_are_shared_the_mail_is_dropped_and_its_link_never_logged(CapturedOutput output) {
        assertThat(withoutSmtp(false).send("ana@example.com", "Reset your password", "Open " + LINK)).isFalse();
        assertThat(output.getAll()).doesNotContain("secret-single-use-token").contains("was not sent");
    }
}
