package com.clintrack.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit entry as other features see it. Times are UTC instants. */
public record AuditEntry(Instant occurredAt, @Nullable Long actorId, @Nullable String actor, AuditAction action,
        @Nullable String target, @Nullable String ip, AuditOutcome outcome, @Nullable String detail) {
}
