package com.clintrack.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters of the audit log viewer; null means "any". */
public record AuditFilter(@Nullable String actor, @Nullable Long actorId, @Nullable String target,
        @Nullable AuditAction action, @Nullable Instant from, @Nullable Instant to) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
