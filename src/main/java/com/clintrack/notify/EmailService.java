package com.clintrack.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail over the SMTP server from configuration. With no SMTP host configured (local
 * development), the mail is written to the log instead, so links can still be followed. Where the log is
 * read by others (the postgres profile sets {@code clintrack.mail.log-unsent=false}), a single-use link
 * in a log line would let them take over the account: the mail is then dropped with a warning that names
 * neither its body nor its links.
 */
@Service
@PreAuthorize("permitAll()")
public class EmailService {

    private static final Logger log = LoggerFactory.getLogger(EmailService.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean smtpConfigured;
    private final boolean logUnsent;
    private final String from;

    EmailService(ObjectProvider<JavaMailSender> mailSender, @Value("${spring.mail.host:}") String smtpHost,
            @Value("${clintrack.mail.from}") String from,
            @Value("${clintrack.mail.log-unsent:true}") boolean logUnsent) {
        this.mailSender = mailSender;
        this.smtpConfigured = !smtpHost.isBlank();
        this.logUnsent = logUnsent;
        this.from = from;
    }

    /** Sends the mail; answers false when it could not be handed to the SMTP server. */
    public boolean send(String to, String subject, String body) {
        JavaMailSender sender = smtpConfigured ? mailSender.getIfAvailable() : null;
        if (sender == null && !logUnsent) {
            log.warn("No SMTP server is configured (CLINTRACK_SMTP_HOST): a mail '{}' was not sent", subject);
            return false;
        }
        if (sender == null) {
            log.info("No SMTP server is configured; this mail is logged instead of sent.\nTo: {}\nSubject: {}\n\n{}",
                    to, subject, body);
            return true;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.error("Could not send mail '{}' to {}", subject, to, e);
            return false;
        }
    }
}
