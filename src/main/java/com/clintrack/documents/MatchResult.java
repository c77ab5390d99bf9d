package com.clintrack.documents;

import java.util.List;
import java.util.Map;

/**
 * A resume scored against a posting (or, without one, against the role profile): 0–100, how each
 * category contributed, which terms were found and which are missing, with where to add them.
 */
public record MatchResult(int score, Basis basis, Map<KeywordCategory, CategoryScore> breakdown,
        List<String> matched, List<MissingTerm> missing) {

    public MatchResult {
        breakdown = breakdown.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(breakdown));
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
    }

    /** What the resume was scored against. */
    public enum Basis {
        /** The terms of the role's dictionary that the posting uses. */
        POSTING,
        /** No posting, or one that uses none of the role's terms: the role profile's own terms. */
        ROLE_PROFILE
    }

    /**
     * One category: {@code matched} of {@code total} wanted terms were found, giving {@code score} 0–100;
     * {@code weight} is its share of the total score (0 when the target asks for none of this category).
     */
    public record CategoryScore(int score, int weight, int matched, int total, List<String> matchedTerms,
            List<String> missingTerms) {
        public CategoryScore {
            matchedTerms = List.copyOf(matchedTerms);
            missingTerms = List.copyOf(missingTerms);
        }
    }

    /** A wanted term the resume lacks, and the section where it would fit. */
    public record MissingTerm(String term, KeywordCategory category, ResumeSection suggestedSection) {
    }
}
