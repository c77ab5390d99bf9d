package com.clintrack.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as the UI, the API and other features see it. */
public record AccountSummary(long id, String email, String displayName, Plan plan, Set<String> roles,
        String timeZone, Theme theme, Instant createdAt, @Nullable Instant lastSignInAt, boolean locked) {
}
