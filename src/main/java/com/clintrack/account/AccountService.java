package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.AppRoles;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, the signed-in user's own account, and the admin's read of all accounts. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final AppUserRepository users;
    private final AccountValidation validation;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Messages messages;
    private final PersistentTokenRepository rememberMeTokens;
    private final Clock clock;
    private final UsageRows usageRows;

    AccountService(AppUserRepository users, AccountValidation validation, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, AuditLog audit, Messages messages, PersistentTokenRepository rememberMeTokens,
            Clock clock, UsageRows usageRows) {
        this.usageRows = usageRows;
        this.users = users;
        this.validation = validation;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.rememberMeTokens = rememberMeTokens;
        this.clock = clock;
    }

    /** Creates a USER account on the Free plan. Field errors and a taken email are reported, not thrown away. */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary register(Registration registration, String ip) {
        Map<String, String> errors = validation.check(registration);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String email = AccountValidation.normalizeEmail(registration.email());
        if (users.existsByEmail(email)) {
            audit.record(AuditAction.REGISTER, AuditOutcome.FAILURE, null, email, null, ip, "email taken");
            throw new ConflictException(messages.get("account.email.taken"));
        }
        AppUser user = new AppUser(email, registration.displayName().strip(),
                passwordEncoder.encode(registration.password()), registration.timeZone(), clock.instant());
        try {
            users.saveAndFlush(user);
            usageRows.createFor(user.id());
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(messages.get("account.email.taken"));
        }
        audit.record(AuditAction.REGISTER, AuditOutcome.SUCCESS, user.id(), email, null, ip, null);
        return user.toSummary(clock.instant());
    }

    @Transactional(readOnly = true)
    public AccountSummary me() {
        return load(currentUser.id()).toSummary(clock.instant());
    }

    @Transactional
    public void chooseTheme(Theme theme) {
        load(currentUser.id()).chooseTheme(theme);
    }

    /**
     * Changes the signed-in user's password after checking the current one. The user's other web sessions
     * and remember-me logins end (see SessionRevocation); the caller marks its own session fresh with
     * {@link #keepCurrentSession}.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String ip) {
        AppUserPrincipal principal = currentUser.require();
        AppUser user = load(principal.id());
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            audit.record(AuditAction.PASSWORD_CHANGE, AuditOutcome.FAILURE, user.id(), user.email(), null, ip,
                    "wrong current password");
            throw InvalidInputException.of("currentPassword", messages.get("account.password.currentWrong"));
        }
        validation.passwordError(newPassword, user.email()).ifPresent(message -> {
            throw InvalidInputException.of("newPassword", message);
        });
        if (passwordEncoder.matches(newPassword, user.passwordHash())) {
            throw InvalidInputException.of("newPassword", messages.get("account.password.unchanged"));
        }
        user.changePassword(passwordEncoder.encode(newPassword), false);
        user.endSessionsBefore(clock.instant());
        rememberMeTokens.removeUserTokens(user.email());
        audit.record(AuditAction.PASSWORD_CHANGE, AuditOutcome.SUCCESS, user.id(), user.email(), null, ip,
                "other sessions ended");
    }

    /** Keeps the session that just changed the password signed in. */
    public void keepCurrentSession(com.vaadin.flow.server.WrappedSession session) {
        session.setAttribute(SessionRevocation.SIGNED_IN_AT, clock.instant().plusMillis(1).toEpochMilli());
    }

    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Pageable pageable) {
        String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return users.search(pattern, pageable).map(user -> user.toSummary(clock.instant()));
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("Account"));
    }
}
