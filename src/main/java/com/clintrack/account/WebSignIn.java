package com.clintrack.account;

import com.clintrack.security.ClientAddress;
import com.clintrack.security.OptInRememberMeServices;
import com.clintrack.security.RateLimiter;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a user in from the Vaadin sign-in view: the per-IP limit, the shared authentication manager
 * (lockout and audit), a new session id against fixation, and the opt-in remember-me cookie.
 */
@Component
public class WebSignIn {

    /** How a sign-in attempt ended. */
    public enum Outcome { SIGNED_IN, REFUSED, RATE_LIMITED }

    /** The outcome and, when signed in, where to go next. */
    public record Result(Outcome outcome, String redirectTo) {
    }

    private static final String HOME = "/";

    private final AuthenticationManager authenticationManager;
    private final OptInRememberMeServices rememberMe;
    private final RateLimiter rateLimiter;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    WebSignIn(AuthenticationManager authenticationManager, OptInRememberMeServices rememberMe,
            RateLimiter rateLimiter) {
        this.authenticationManager = authenticationManager;
        this.rememberMe = rememberMe;
        this.rateLimiter = rateLimiter;
    }

    public Result signIn(String email, String password, boolean remember) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        if (!rateLimiter.tryAcquire(RateLimiter.Action.SIGN_IN, ClientAddress.of(request))) {
            return new Result(Outcome.RATE_LIMITED, "");
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(attempt);
        } catch (AuthenticationException e) {
            return new Result(Outcome.REFUSED, "");
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        request.changeSessionId();
        SessionRevocation.markFresh(request.getSession(), java.time.Instant.now());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        if (remember) {
            request.setAttribute(OptInRememberMeServices.REQUESTED_ATTRIBUTE, Boolean.TRUE);
            rememberMe.loginSuccess(request, response, authentication);
        }
        requestCache.removeRequest(request, response);
        return new Result(Outcome.SIGNED_IN, saved == null ? HOME : saved.getRedirectUrl());
    }
}
