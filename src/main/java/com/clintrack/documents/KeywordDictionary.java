package com.clintrack.documents;

import java.util.List;

/**
 * The role's vocabulary as the matcher needs it: each term with its synonyms and category, the role's
 * title, and the terms that describe the role itself (what a resume is scored against when no posting
 * is given).
 */
public record KeywordDictionary(String roleTitle, List<Keyword> keywords, List<String> profileTerms) {

    public KeywordDictionary {
        keywords = List.copyOf(keywords);
        profileTerms = List.copyOf(profileTerms);
    }

    /** One term, e.g. "Phlebotomy", with the words that mean the same, e.g. "venipuncture". */
    public record Keyword(String term, KeywordCategory category, List<String> synonyms) {
        public Keyword {
            synonyms = List.copyOf(synonyms);
        }
    }

    public List<Keyword> byCategory(KeywordCategory category) {
        return keywords.stream().filter(keyword -> keyword.category() == category).toList();
    }
}
