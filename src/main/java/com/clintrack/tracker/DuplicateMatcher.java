package com.clintrack.tracker;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides when two applications look like the same job: the same URL, or the same company and title
 * ignoring case, accents, punctuation and spacing.
 */
public final class DuplicateMatcher {

    private DuplicateMatcher() {
    }

    /** "St. Mary's Hospital" and "st marys  hospital" give the same key. */
    public static String matchKey(String company, String title) {
        String key = simplify(company) + "|" + simplify(title);
        return key.length() > TrackerLimits.MATCH_KEY_MAX ? key.substring(0, TrackerLimits.MATCH_KEY_MAX) : key;
    }

    static String simplify(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** A URL in the form it is stored and compared: trimmed, without a fragment or a trailing slash. */
    public static @Nullable String normalizeUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String clean = url.strip();
        int hash = clean.indexOf('#');
        if (hash >= 0) {
            clean = clean.substring(0, hash);
        }
        while (clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean;
    }

    public static boolean sameJob(@Nullable String urlA, String companyA, String titleA, @Nullable String urlB,
            String companyB, String titleB) {
        String a = normalizeUrl(urlA);
        if (a != null && a.equalsIgnoreCase(String.valueOf(normalizeUrl(urlB)))) {
            return true;
        }
        return matchKey(companyA, titleA).equals(matchKey(companyB, titleB));
    }
}
