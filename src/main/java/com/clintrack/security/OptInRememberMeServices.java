package com.clintrack.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Remember-me with tokens kept in the database, so they survive restarts and end at sign-out. The
 * user opts in with the checkbox: a form post sends the parameter, the Vaadin sign-in view sets
 * {@link #REQUESTED_ATTRIBUTE}.
 */
public class OptInRememberMeServices extends PersistentTokenBasedRememberMeServices {

    public static final String REQUESTED_ATTRIBUTE = OptInRememberMeServices.class.getName() + ".requested";

    OptInRememberMeServices(String key, UserDetailsService users, PersistentTokenRepository tokens) {
        super(key, users, tokens);
    }

    /** The key that the matching authentication provider must know. */
    String key() {
        return getKey();
    }

    @Override
    protected boolean rememberMeRequested(HttpServletRequest request, String parameter) {
        return Boolean.TRUE.equals(request.getAttribute(REQUESTED_ATTRIBUTE))
                || super.rememberMeRequested(request, parameter);
    }
}
