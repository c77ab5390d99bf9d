package com.clintrack.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a bearer API token. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUserPrincipal principal;
    private final long tokenId;

    ApiTokenAuthentication(AppUserPrincipal principal, long tokenId) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AppUserPrincipal getPrincipal() {
        return principal;
    }
}
