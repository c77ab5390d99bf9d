package com.clintrack.assistant;

import java.util.List;

/** Week-by-week steps. */
public record CoachingPlan(List<Step> steps) {

    public CoachingPlan {
        steps = List.copyOf(steps);
    }

    /** One week's focus and the concrete action for it. */
    public record Step(int week, String focus, String action) {
    }
}
