package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.notify.EmailService;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
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
 * Changing the sign-in email: the current password is checked, a single-use link goes to the NEW
 * address, and the email changes only when the signed-in owner opens it (within 24 hours).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EmailChangeService {

    public static final String CONFIRM_PATH = "account/confirm-email";
    private static final String LINK_PREFIX = "ec_";
    private static final Duration VALIDITY = Duration.ofHours(24);

    private final AppUserRepository users;
    private final EmailChangeTokenRepository tokens;
    private final AccountValidation validation;
    private final PasswordEncoder passwordEncoder;
    private final PersistentTokenRepository rememberMeTokens;
    private final EmailService email;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final String publicUrl;

    EmailChangeService(AppUserRepository users, EmailChangeTokenRepository tokens, AccountValidation validation,
            PasswordEncoder passwordEncoder, PersistentTokenRepository rememberMeTokens, EmailService email,
            CurrentUser currentUser, AuditLog audit, Messages messages, Clock clock,
            @Value("${clintrack.public-url}") String publicUrl) {
        this.users = users;
        this.tokens = tokens;
        this.validation = validation;
        this.passwordEncoder = passwordEncoder;
        this.rememberMeTokens = rememberMeTokens;
        this.email = email;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Transactional
    public void requestChange(String newEmail, String currentPassword) {
        AppUserPrincipal me = currentUser.require();
        AppUser user = users.findById(me.id()).orElseThrow(() -> new NotFoundException("Account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw InvalidInputException.of("currentPassword", messages.get("account.password.currentWrong"));
        }
        validation.emailError(newEmail).ifPresent(message -> {
            throw InvalidInputException.of("email", message);
        });
        String address = AccountValidation.normalizeEmail(newEmail);
        if (address.equals(user.email())) {
            throw InvalidInputException.of("email", messages.get("plans.email.same"));
        }
        if (users.existsByEmail(address)) {
            throw InvalidInputException.of("email", messages.get("account.email.taken"));
        }
        Instant now = clock.instant();
        String secret = SecretTokens.newSecret(LINK_PREFIX);
        tokens.save(new EmailChangeToken(user.id(), address, SecretTokens.hash(secret), now, now.plus(VALIDITY)));
        email.send(address, messages.get("plans.email.mail.subject"),
                messages.get("plans.email.mail.body", user.displayName(), publicUrl + CONFIRM_PATH + "?token=" + secret,
                        VALIDITY.toHours()));
        audit.record(AuditAction.EMAIL_CHANGE_REQUEST, AuditOutcome.SUCCESS, user.id(), user.email(), address, null,
                null);
    }

    /** Confirms a link; answers the new email. */
    @Transactional
    public String confirm(String secret) {
        AppUserPrincipal me = currentUser.require();
        Instant now = clock.instant();
        EmailChangeToken token = tokens.findByTokenHashAndOwnerId(SecretTokens.hash(secret), me.id())
                .filter(t -> t.isUsableAt(now))
                .orElseThrow(() -> InvalidInputException.of("token", messages.get("plans.email.linkInvalid")));
        if (users.existsByEmail(token.newEmail())) {
            throw new ConflictException(messages.get("account.email.taken"));
        }
        AppUser user = users.findById(me.id()).orElseThrow(() -> new NotFoundException("Account"));
        String old = user.email();
        user.changeEmail(token.newEmail());
        token.markUsed(now);
        rememberMeTokens.removeUserTokens(old);
        audit.record(AuditAction.EMAIL_CHANGE, AuditOutcome.SUCCESS, user.id(), token.newEmail(), old, null,
                "email changed");
        return token.newEmail();
    }
}
