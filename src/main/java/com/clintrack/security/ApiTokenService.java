package com.clintrack.security;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists, checks and revokes personal API tokens. */
@Service
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    public static final String TOKEN_PREFIX = "ct_";
    public static final String DEFAULT_NAME = "API token";

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final PrincipalLookup principals;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultDays;
    private final int maxDays;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, PrincipalLookup principals, AuditLog audit,
            Clock clock, @Value("${clintrack.security.api-token.default-days:90}") int defaultDays,
            @Value("${clintrack.security.api-token.max-days:365}") int maxDays) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.principals = principals;
        this.audit = audit;
        this.clock = clock;
        this.defaultDays = defaultDays;
        this.maxDays = maxDays;
    }

    public int maxDays() {
        return maxDays;
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** Creates a token for the signed-in user. The secret is in the answer and nowhere else. */
    @Transactional
    public NewApiToken create(@Nullable String name, @Nullable Integer expiresInDays, String ip) {
        AppUserPrincipal owner = currentUser.require();
        if (owner.mustChangePassword()) {
            // A one-time password (first-start admin) must be replaced in the app before any token exists.
            throw new AccessDeniedException("Change your one-time password before creating API tokens");
        }
        String cleanName = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        if (cleanName.length() > ApiToken.NAME_MAX) {
            throw InvalidInputException.of("name", "Use at most " + ApiToken.NAME_MAX + " characters.");
        }
        int days = expiresInDays == null ? defaultDays : expiresInDays;
        if (days < 1 || days > maxDays) {
            throw InvalidInputException.of("expiresInDays", "Choose between 1 and " + maxDays + " days.");
        }
        String secret = SecretTokens.newSecret(TOKEN_PREFIX);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(owner.id(), cleanName, SecretTokens.hash(secret), now,
                now.plus(Duration.ofDays(days))));
        audit.record(AuditAction.TOKEN_CREATE, AuditOutcome.SUCCESS, owner.id(), owner.email(), cleanName, ip, null);
        return new NewApiToken(token.id(), secret, cleanName, token.toInfo().expiresAt());
    }

    @Transactional(readOnly = true)
    public List<ApiTokenInfo> mine(Pageable pageable) {
        return tokens.findByOwnerId(currentUser.id(), pageable).stream().map(ApiToken::toInfo).toList();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return tokens.countByOwnerId(currentUser.id());
    }

    @Transactional
    public void revoke(long tokenId) {
        AppUserPrincipal owner = currentUser.require();
        ApiToken token = tokens.findByIdAndOwnerId(tokenId, owner.id())
                .orElseThrow(() -> new NotFoundException("Token"));
        token.revoke(clock.instant());
        audit.record(AuditAction.TOKEN_REVOKE, AuditOutcome.SUCCESS, owner.id(), owner.email(),
                token.toInfo().name(), null, null);
    }

    /** Revokes the token that authenticated the current API request. */
    @Transactional
    public void revokeCurrent() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication auth)) {
            throw new NotFoundException("Token");
        }
        revoke(auth.tokenId());
    }

    /** Checks a presented secret; answers the authentication when it is known, unexpired and unrevoked. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String secret) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(SecretTokens.hash(secret))
                .filter(token -> token.isUsableAt(now))
                .flatMap(token -> principals.principalById(token.ownerId())
                        .filter(AppUserPrincipal::isAccountNonLocked)
                        .filter(principal -> !principal.mustChangePassword())
                        .map(principal -> {
                            token.markUsed(now);
                            return new ApiTokenAuthentication(principal, token.id());
                        }));
    }
}
