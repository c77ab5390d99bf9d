package com.clintrack.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Deterministic keyword matching with synonyms. A term counts as present when the term itself or any of
 * its synonyms appears as whole words (case-insensitive; a trailing plural "s" is allowed). Short
 * all-capital acronyms such as "VS" or "PHI" must appear in capitals, so that "vs." does not count as
 * vital signs.
 *
 * <p>The score is the weighted share of wanted terms found per category; categories the target does
 * not ask for drop out and the other weights are scaled up.
 */
public final class KeywordMatcher {

    /** Each category's share of the score, in percent. */
    public static final Map<KeywordCategory, Integer> WEIGHTS = Map.of(
            KeywordCategory.HARD_SKILL, 50,
            KeywordCategory.CERTIFICATION, 20,
            KeywordCategory.SOFT_SKILL, 15,
            KeywordCategory.TITLE_EDUCATION, 15);

    private static final int PERCENT = 100;
    private static final int ACRONYM_MAX = 4;
    private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9&]{2," + ACRONYM_MAX + "}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}&+]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern EDUCATION = Pattern.compile("(?i).*(degree|certificate|diploma|apprenticeship).*");
    private static final Pattern PLACEMENT = Pattern.compile("(?i).*(externship|rotation|practicum).*");

    private final KeywordDictionary dictionary;
    private final List<Compiled> compiled;

    private record Compiled(KeywordDictionary.Keyword keyword, List<Pattern> lowerCase, List<Pattern> exactCase) {
    }

    public KeywordMatcher(KeywordDictionary dictionary) {
        this.dictionary = dictionary;
        List<Compiled> all = new ArrayList<>();
        for (KeywordDictionary.Keyword keyword : dictionary.keywords()) {
            List<Pattern> lower = new ArrayList<>();
            List<Pattern> exact = new ArrayList<>();
            List<String> phrases = new ArrayList<>(keyword.synonyms());
            phrases.addFirst(keyword.term());
            for (String phrase : phrases) {
                String normalised = normalise(phrase, ACRONYM.matcher(phrase.strip()).matches());
                if (normalised.isBlank()) {
                    continue;
                }
                if (ACRONYM.matcher(phrase.strip()).matches()) {
                    exact.add(wholeWords(normalised));
                } else {
                    lower.add(wholeWords(normalised.toLowerCase(Locale.ROOT)));
                }
            }
            all.add(new Compiled(keyword, lower, exact));
        }
        this.compiled = List.copyOf(all);
    }

    private static Pattern wholeWords(String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?:e?s)?(?![\\p{L}\\p{N}])");
    }

    /** Separators become single spaces and accents go, so "12-lead" matches "12 lead" and "Pulse-ox". */
    static String normalise(String text, boolean keepCase) {
        String plain = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String spaced = SEPARATORS.matcher(plain).replaceAll(" ").strip();
        return keepCase ? spaced : spaced.toLowerCase(Locale.ROOT);
    }

    /** The dictionary terms present in a text, in dictionary order. */
    public Set<KeywordDictionary.Keyword> find(@Nullable String text) {
        Set<KeywordDictionary.Keyword> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String exactCase = normalise(text, true);
        String lowerCase = exactCase.toLowerCase(Locale.ROOT);
        for (Compiled entry : compiled) {
            boolean present = entry.lowerCase().stream().anyMatch(p -> p.matcher(lowerCase).find())
                    || entry.exactCase().stream().anyMatch(p -> p.matcher(exactCase).find());
            if (present) {
                found.add(entry.keyword());
            }
        }
        return found;
    }

    /**
     * Scores a resume's text against a posting; with no posting, or one that names none of the role's
     * terms, against the role profile.
     */
    public MatchResult match(String resumeText, @Nullable String postingText) {
        Set<KeywordDictionary.Keyword> wanted = find(postingText);
        MatchResult.Basis basis = MatchResult.Basis.POSTING;
        if (wanted.isEmpty()) {
            wanted = find(String.join("\n", dictionary.profileTerms()));
            basis = MatchResult.Basis.ROLE_PROFILE;
        }
        Set<KeywordDictionary.Keyword> present = find(resumeText);

        Map<KeywordCategory, MatchResult.CategoryScore> breakdown = new EnumMap<>(KeywordCategory.class);
        List<String> matched = new ArrayList<>();
        List<MatchResult.MissingTerm> missing = new ArrayList<>();
        double weighted = 0;
        int weightInPlay = 0;
        for (KeywordCategory category : KeywordCategory.values()) {
            List<String> hit = new ArrayList<>();
            List<String> miss = new ArrayList<>();
            for (KeywordDictionary.Keyword keyword : wanted) {
                if (keyword.category() != category) {
                    continue;
                }
                if (present.contains(keyword)) {
                    hit.add(keyword.term());
                } else {
                    miss.add(keyword.term());
                    missing.add(new MatchResult.MissingTerm(keyword.term(), category, suggestedSection(keyword)));
                }
            }
            matched.addAll(hit);
            int total = hit.size() + miss.size();
            int weight = total == 0 ? 0 : WEIGHTS.get(category);
            double ratio = total == 0 ? 0 : (double) hit.size() / total;
            weighted += weight * ratio;
            weightInPlay += weight;
            breakdown.put(category, new MatchResult.CategoryScore((int) Math.round(ratio * PERCENT), weight, hit.size(), total,
                    hit, miss));
        }
        int score = weightInPlay == 0 ? 0 : (int) Math.round(weighted * PERCENT / weightInPlay);
        return new MatchResult(score, basis, breakdown, matched, missing);
    }

    /** Where a missing term belongs: certifications to their section, soft skills and titles to the summary. */
    static ResumeSection suggestedSection(KeywordDictionary.Keyword keyword) {
        return switch (keyword.category()) {
            case CERTIFICATION -> ResumeSection.CERTIFICATIONS;
            case SOFT_SKILL -> ResumeSection.SUMMARY;
            case HARD_SKILL -> ResumeSection.SKILLS;
            case TITLE_EDUCATION -> {
                if (PLACEMENT.matcher(keyword.term()).matches()) {
                    yield ResumeSection.CLINICAL_HOURS;
                }
                yield EDUCATION.matcher(keyword.term()).matches() ? ResumeSection.EDUCATION : ResumeSection.SUMMARY;
            }
        };
    }
}
