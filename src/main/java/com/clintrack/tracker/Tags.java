package com.clintrack.tracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags are short lower-case words stored in one column as {@code ,icu,nights,}: the enclosing commas
 * let a tag filter be a single LIKE, and a list row needs no extra query for its tags.
 */
public final class Tags {

    static final String SEPARATOR = ",";

    private Tags() {
    }

    /** Cleans user input: trims, lower-cases, drops blanks, commas and repeats. */
    public static List<String> normalize(Collection<String> raw) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : raw) {
            for (String part : tag.split(SEPARATOR)) {
                String t = part.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (!t.isEmpty()) {
                    clean.add(t);
                }
            }
        }
        return List.copyOf(clean);
    }

    /** Splits "a, b; c" as typed in a field or a CSV cell. */
    public static List<String> parse(String text) {
        return normalize(Arrays.asList(text.split("[,;|]")));
    }

    static String toColumn(List<String> tags) {
        return tags.isEmpty() ? "" : SEPARATOR + String.join(SEPARATOR, tags) + SEPARATOR;
    }

    static List<String> fromColumn(String column) {
        List<String> tags = new ArrayList<>();
        for (String part : column.split(SEPARATOR)) {
            if (!part.isEmpty()) {
                tags.add(part);
            }
        }
        return List.copyOf(tags);
    }

    /** The LIKE pattern that finds one tag in the column. */
    static String likePattern(String tag) {
        List<String> clean = normalize(List.of(tag));
        return clean.isEmpty() ? "%" : "%" + SEPARATOR + escapeLike(clean.getFirst()) + SEPARATOR + "%";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
