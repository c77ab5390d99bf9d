package com.clintrack.careerguide;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one top-level section of a role file changes with an upload.
 *
 * @param section the property name in the file ({@code keyFacts}, {@code faq}...)
 * @param itemsBefore for a list: its length before (null when the section is new or not a list)
 * @param itemsAfter for a list: its length after (null when the section goes or is not a list)
 * @param itemsChanged for a list: how many positions hold a different entry
 * @param fieldsChanged for an object: the names of the fields that differ
 */
public record SectionChange(String section, Kind kind, @Nullable Integer itemsBefore, @Nullable Integer itemsAfter,
        int itemsChanged, List<String> fieldsChanged) {

    /** What happens to the section. */
    public enum Kind { ADDED, CHANGED, REMOVED }

    public SectionChange {
        fieldsChanged = List.copyOf(fieldsChanged);
    }
}
