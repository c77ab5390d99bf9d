package com.clintrack.careerguide.ui;

import com.clintrack.careerguide.Keyword;
import com.clintrack.careerguide.KeywordIndex;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one search box of a guide page: every section's items are matched on their text plus the synonyms of
 * the role's keywords found in it, so "ECG" finds the EKG skill and "blood draw" finds phlebotomy.
 */
final class GuideSearch {

    private final KeywordIndex keywords;
    private final Map<GuideSection, Component> sections = new LinkedHashMap<>();

    GuideSearch(KeywordIndex keywords) {
        this.keywords = keywords;
    }

    /** An item's text with the variants of every keyword that occurs in it. */
    String searchText(String text) {
        List<Keyword> found = keywords.find(text);
        if (found.isEmpty()) {
            return text;
        }
        return text + " " + found.stream().flatMap(keyword -> keyword.variants().stream())
                .collect(Collectors.joining(" "));
    }

    /** @param tocLink the section's entry in the page's table of contents, hidden with the section */
    void register(GuideSection section, Component tocLink) {
        sections.put(section, tocLink);
    }

    /** @return how many items the page shows for the query; 0 for an empty query */
    int filter(String query) {
        List<String> words = words(query);
        int matches = 0;
        for (Map.Entry<GuideSection, Component> entry : sections.entrySet()) {
            matches += entry.getKey().filter(words);
            entry.getValue().setVisible(entry.getKey().isVisible());
        }
        return matches;
    }

    boolean anyVisible() {
        return sections.keySet().stream().anyMatch(Component::isVisible);
    }

    static List<String> words(String query) {
        String normalized = normalize(query).strip();
        return normalized.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(normalized.split("\\s+")));
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static boolean matches(String normalizedText, List<String> words) {
        return words.stream().allMatch(normalizedText::contains);
    }
}
