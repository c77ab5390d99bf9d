package com.clintrack.careerguide;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Record lists are immutable, and an optional list that a file leaves out is empty rather than null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(@Nullable List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
