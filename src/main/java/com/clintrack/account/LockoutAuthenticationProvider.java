package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.security.AppUserPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password sign-in for every entry point (the sign-in view, a form post, and HTTP Basic when
 * creating API tokens). A locked account, an unknown email and a wrong password all fail with the same
 * exception and message, so the answer reveals nothing.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    static final String FAILURE_MESSAGE = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final AuditLog audit;

    LockoutAuthenticationProvider(DaoAuthenticationProvider passwords, SignInAttempts attempts, AuditLog audit) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = AccountValidation.normalizeEmail(authentication.getName());
        String ip = ipOf(authentication);
        if (attempts.isLocked(email)) {
            audit.record(AuditAction.SIGN_IN, AuditOutcome.FAILURE, null, email, null, ip, "account locked");
            throw new BadCredentialsException(FAILURE_MESSAGE);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            attempts.failed(email, ip);
            audit.record(AuditAction.SIGN_IN, AuditOutcome.FAILURE, null, email, null, ip, "bad credentials");
            throw new BadCredentialsException(FAILURE_MESSAGE);
        }
        if (result != null && result.getPrincipal() instanceof AppUserPrincipal user) {
            attempts.succeeded(user.id());
            audit.record(AuditAction.SIGN_IN, AuditOutcome.SUCCESS, user.id(), user.email(), null, ip, null);
        }
        return result;
    }

    private static String ipOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
