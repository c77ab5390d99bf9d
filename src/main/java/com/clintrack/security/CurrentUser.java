package com.clintrack.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current request. Services use it to scope every query to its owner. */
@Component
public class CurrentUser {

    public Optional<AppUserPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }

    public long id() {
        return require().id();
    }
}
