package com.clintrack.account.api;

import com.clintrack.security.ApiTokenService;
import com.clintrack.security.ClientAddress;
import com.clintrack.security.NewApiToken;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: created with HTTP Basic email:password (the same lockout and audit as the sign-in form),
 * revoked with the token itself.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensController {

    private static final String BASIC = "Basic ";

    /** Optional body of a token request. */
    record TokenRequest(@Nullable String name, @Nullable Integer expiresInDays) {
    }

    /** The new token; the only time its secret is shown. */
    record TokenResponse(String token, String name, Instant expiresAt) {
    }

    private final AuthenticationManager authenticationManager;
    private final ApiTokenService tokens;

    TokensController(AuthenticationManager authenticationManager, ApiTokenService tokens) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<TokenResponse> create(@RequestBody(required = false) @Nullable TokenRequest body,
            HttpServletRequest request) {
        Authentication user = authenticateBasic(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        try {
            NewApiToken created = tokens.create(body == null ? null : body.name(),
                    body == null ? null : body.expiresInDays(), ClientAddress.of(request));
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new TokenResponse(created.token(), created.name(), created.expiresAt()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @DeleteMapping("/current")
    ResponseEntity<Void> revokeCurrent() {
        tokens.revokeCurrent();
        return ResponseEntity.noContent().build();
    }

    private Authentication authenticateBasic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw new BadCredentialsException("HTTP Basic credentials are required");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("Malformed HTTP Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new BadCredentialsException("Malformed HTTP Basic credentials");
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                decoded.substring(0, colon), decoded.substring(colon + 1));
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        return authenticationManager.authenticate(attempt);
    }
}
