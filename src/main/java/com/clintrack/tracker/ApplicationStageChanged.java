package com.clintrack.tracker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published after an application changes stage (in the same transaction), so that other features can
 * react, for example by planning an interview when it reaches INTERVIEWING. {@code from} is null when
 * the application was just created.
 */
public record ApplicationStageChanged(long ownerId, long applicationId, @Nullable Stage from, Stage to,
        @Nullable ClosedReason closedReason, Instant at) {
}
