package com.clintrack.careerguide;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A skill, certification or title of a role, with the other words people use for it. */
public record Keyword(String term, KeywordCategory category, List<String> synonyms, @Nullable String note) {

    public Keyword {
        synonyms = Lists.copy(synonyms);
    }

    /** The term followed by its synonyms. */
    public List<String> variants() {
        return Stream.concat(Stream.of(term), synonyms.stream()).toList();
    }
}
