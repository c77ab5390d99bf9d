package com.clintrack.tracker;

import java.util.List;

/**
 * Where an application stands. The pipeline runs SAVED → ACCEPTED; CLOSED sits beside it and carries a
 * {@link ClosedReason}. Any move is allowed, because people make mistakes.
 */
public enum Stage {
    SAVED(0), APPLIED(1), SCREENING(2), INTERVIEWING(3), OFFER(4), ACCEPTED(5), CLOSED(-1);

    /** The stages of the conversion funnel on the dashboard. */
    public static final List<Stage> FUNNEL = List.of(APPLIED, SCREENING, INTERVIEWING, OFFER);

    private final int rank;

    Stage(int rank) {
        this.rank = rank;
    }

    /** The position in the pipeline; CLOSED has none (-1). */
    public int rank() {
        return rank;
    }

    /** Still in play: neither closed nor accepted. */
    public boolean isOpen() {
        return this != CLOSED && this != ACCEPTED;
    }

    public String messageKey() {
        return "tracker.stage." + name();
    }
}
