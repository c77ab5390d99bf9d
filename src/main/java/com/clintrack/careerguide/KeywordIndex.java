package com.clintrack.careerguide;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a role's keywords in free text: a keyword occurs when its term or one of its synonyms appears as
 * whole words, in any case ("ECG" finds EKG, "blood draw" finds Phlebotomy). The career guide's search
 * uses it today; resume and job matching will use it later.
 */
public final class KeywordIndex {

    private record Entry(Keyword keyword, Pattern pattern) {
    }

    private final List<Entry> entries;

    private KeywordIndex(List<Entry> entries) {
        this.entries = entries;
    }

    public static KeywordIndex of(List<Keyword> keywords) {
        return new KeywordIndex(keywords.stream().map(keyword -> new Entry(keyword, pattern(keyword))).toList());
    }

    private static Pattern pattern(Keyword keyword) {
        String alternatives = keyword.variants().stream()
                .map(String::strip)
                .filter(variant -> !variant.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // Letters and digits around a match mean it is part of a longer word ("VS" in "canvas").
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The keywords that occur in the text, in dictionary order. */
    public List<Keyword> find(String text) {
        return entries.stream().filter(entry -> entry.pattern().matcher(text).find()).map(Entry::keyword).toList();
    }

    public int size() {
        return entries.size();
    }
}
