package com.clintrack.tracker;

import java.util.List;
import java.util.Set;

/** One page of one board column: the cards, the column's total, and which cards have a follow-up due. */
public record BoardColumn(Stage stage, List<TrackedApplication> cards, long total, Set<Long> followUpDue) {
}
