package com.clintrack.account;

import com.clintrack.security.AppUserPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a user's other web sessions when their password changes, without Spring Session: the account
 * stores "sessions valid after", each session remembers when it signed in, and a filter behind Spring
 * Security invalidates a session that signed in earlier. The session that changed the password is marked
 * fresh and survives.
 */
@Configuration(proxyBeanMethods = false)
class SessionRevocation {

    /** Session attribute: when this session signed in (epoch milliseconds). */
    static final String SIGNED_IN_AT = "clintrack.signedInAt";

    /** Marks the current session as signed in now, so a revocation at or before now spares it. */
    static void markFresh(HttpSession session, Instant now) {
        session.setAttribute(SIGNED_IN_AT, now.toEpochMilli());
    }

    static Instant signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Long millis ? Instant.ofEpochMilli(millis)
                : Instant.ofEpochMilli(session.getCreationTime());
    }

    @Bean
    FilterRegistrationBean<RevocationFilter> sessionRevocationFilter(Validity validity) {
        FilterRegistrationBean<RevocationFilter> registration = new FilterRegistrationBean<>(
                new RevocationFilter(validity));
        // Right behind Spring Security, so the signed-in user is known.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Reads an account's "sessions valid after". */
    /** When an account's sessions must have signed in after (null: no limit). */
    record SessionValidity(@Nullable Instant validAfter) {
    }

    @org.springframework.stereotype.Component
    static class Validity {

        private final AppUserRepository users;

        Validity(AppUserRepository users) {
            this.users = users;
        }

        /** Empty when the account was deleted: its sessions end too. */
        @Transactional(readOnly = true)
        public java.util.Optional<SessionValidity> of(long userId) {
            return users.sessionValidity(userId);
        }
    }

    static final class RevocationFilter extends OncePerRequestFilter {

        private final Validity validity;

        RevocationFilter(Validity validity) {
            this.validity = validity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (session != null && authentication != null
                    && authentication.getPrincipal() instanceof AppUserPrincipal user) {
                java.util.Optional<SessionValidity> account = validity.of(user.id());
                Instant validAfter = account.map(SessionValidity::validAfter).orElse(null);
                if (account.isEmpty() || (validAfter != null && signedInAt(session).isBefore(validAfter))) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + "/login");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }

    static Instant now(Clock clock) {
        return clock.instant();
    }
}
