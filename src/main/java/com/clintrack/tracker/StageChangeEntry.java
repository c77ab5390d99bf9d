package com.clintrack.tracker;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of an application's stage history; {@code from} is null for the first stage. */
public record StageChangeEntry(long id, @Nullable Stage from, Stage to, @Nullable ClosedReason closedReason,
        Instant at, @Nullable String note) {
}
