package com.clintrack.tracker;

import org.jspecify.annotations.Nullable;

/** A move to a stage; CLOSED needs a reason. */
public record StageMove(Stage stage, @Nullable ClosedReason closedReason, @Nullable String note) {

    public static StageMove to(Stage stage) {
        return new StageMove(stage, null, null);
    }
}
