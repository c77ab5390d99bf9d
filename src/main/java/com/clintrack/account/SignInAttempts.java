package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks the account for a while after too many. Each call runs
 * in its own transaction because the sign-in around it fails by throwing.
 */
@Component
class SignInAttempts {

    private final AppUserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;

    SignInAttempts(AppUserRepository users, AuditLog audit, Clock clock,
            @Value("${clintrack.security.lockout.max-failures:5}") int maxFailures,
            @Value("${clintrack.security.lockout.window:15m}") Duration window,
            @Value("${clintrack.security.lockout.duration:15m}") Duration lockFor) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockFor = lockFor;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return users.findByEmail(AccountValidation.normalizeEmail(email))
                .map(user -> user.isSignInLockedAt(clock.instant()))
                .orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, String ip) {
        Optional<AppUser> account = users.findByEmailForUpdate(AccountValidation.normalizeEmail(email));
        account.ifPresent(user -> {
            if (user.recordFailedSignIn(clock.instant(), maxFailures, window, lockFor)) {
                audit.record(AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS, user.id(), user.email(), user.email(),
                        ip, "locked for " + lockFor.toMinutes() + " minutes after " + maxFailures + " failed sign-ins");
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(long userId) {
        users.findById(userId).ifPresent(user -> user.recordSuccessfulSignIn(clock.instant()));
    }
}
