package com.clintrack.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the per-IP limits to the HTTP endpoints that create accounts, sessions or tokens. The
 * Vaadin views call {@link RateLimiter} themselves and show a plain refusal instead.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Map<String, RateLimiter.Action> LIMITED_POSTS = Map.of(
            "/api/v1/accounts", RateLimiter.Action.REGISTER,
            "/api/v1/tokens", RateLimiter.Action.TOKEN_CREATE,
            "/login", RateLimiter.Action.SIGN_IN);

    private final RateLimiter limiter;

    RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Action action = "POST".equals(request.getMethod())
                ? LIMITED_POSTS.get(request.getRequestURI().substring(request.getContextPath().length()))
                : null;
        if (action != null && !limiter.tryAcquire(action, ClientAddress.of(request))) {
            response.setHeader("Retry-After", "60");
            ProblemJsonSecurityHandlers.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many requests", "Too many requests from this address. Wait a minute and try again.");
            return;
        }
        chain.doFilter(request, response);
    }
}
