package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.notify.EmailService;
import com.clintrack.security.RateLimiter;
import com.clintrack.security.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": emails a single-use link that lasts 30 minutes. The answer to the request is the
 * same whether or not the email has an account.
 */
@Service
@PreAuthorize("permitAll()")
public class PasswordResetService {

    public static final String RESET_PATH = "reset-password";
    private static final String LINK_PREFIX = "pr_";

    private final AppUserRepository users;
    private final PasswordResetTokenRepository tokens;
    private final AccountValidation validation;
    private final PasswordEncoder passwordEncoder;
    private final PersistentTokenRepository rememberMeTokens;
    private final EmailService email;
    private final RateLimiter rateLimiter;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final Duration validity;
    private final String publicUrl;

    PasswordResetService(AppUserRepository users, PasswordResetTokenRepository tokens, AccountValidation validation,
            PasswordEncoder passwordEncoder, PersistentTokenRepository rememberMeTokens, EmailService email,
            RateLimiter rateLimiter, AuditLog audit, Messages messages, Clock clock,
            @Value("${clintrack.security.password-reset.validity:30m}") Duration validity,
            @Value("${clintrack.public-url}") String publicUrl) {
        this.users = users;
        this.tokens = tokens;
        this.validation = validation;
        this.passwordEncoder = passwordEncoder;
        this.rememberMeTokens = rememberMeTokens;
        this.email = email;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.validity = validity;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Sends a reset link when the email has an account. Throws TooManyRequestsException over the limit. */
    @Transactional
    public void requestReset(String emailAddress, String ip) {
        rateLimiter.acquire(RateLimiter.Action.PASSWORD_RESET, ip);
        String address = AccountValidation.normalizeEmail(emailAddress);
        users.findByEmail(address).ifPresentOrElse(user -> {
            sendLink(user);
            audit.record(AuditAction.PASSWORD_RESET_REQUEST, AuditOutcome.SUCCESS, user.id(), user.email(), null, ip,
                    null);
        }, () -> audit.record(AuditAction.PASSWORD_RESET_REQUEST, AuditOutcome.FAILURE, null, address, null, ip,
                "no such account"));
    }

    /** Emails a reset link to the account (also the admin's "force password reset"). */
    void sendLink(AppUser user) {
        Instant now = clock.instant();
        String secret = SecretTokens.newSecret(LINK_PREFIX);
        tokens.save(new PasswordResetToken(user.id(), SecretTokens.hash(secret), now, now.plus(validity)));
        String link = publicUrl + RESET_PATH + "?token=" + secret;
        email.send(user.email(), messages.get("reset.mail.subject"),
                messages.get("reset.mail.body", user.displayName(), link, validity.toMinutes()));
    }

    /** Whether a link is still usable, so the view can say so before the user types a new password. */
    @Transactional(readOnly = true)
    public boolean isValid(String secret) {
        return tokens.findByTokenHash(SecretTokens.hash(secret)).filter(t -> t.isUsableAt(clock.instant())).isPresent();
    }

    /** Sets the new password and uses up every open link of the account. */
    @Transactional
    public void resetPassword(String secret, String newPassword, String ip) {
        rateLimiter.acquire(RateLimiter.Action.PASSWORD_RESET, ip);
        Instant now = clock.instant();
        PasswordResetToken token = tokens.findByTokenHash(SecretTokens.hash(secret))
                .filter(t -> t.isUsableAt(now))
                .orElseThrow(() -> InvalidInputException.of("token", messages.get("reset.link.invalid")));
        AppUser user = users.findById(token.userId())
                .orElseThrow(() -> InvalidInputException.of("token", messages.get("reset.link.invalid")));
        validation.passwordError(newPassword, user.email()).ifPresent(message -> {
            throw InvalidInputException.of("password", message);
        });
        user.changePassword(passwordEncoder.encode(newPassword), false);
        user.clearLockout();
        user.endSessionsBefore(now);
        tokens.useAllFor(user.id(), now);
        rememberMeTokens.removeUserTokens(user.email());
        audit.record(AuditAction.PASSWORD_RESET, AuditOutcome.SUCCESS, user.id(), user.email(), null, ip, null);
    }
}
