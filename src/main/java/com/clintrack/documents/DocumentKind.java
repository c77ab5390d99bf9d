package com.clintrack.documents;

/** The kinds of document a plan limits. */
public enum DocumentKind {
    RESUME("resumes"), COVER_LETTER("cover-letters");

    private final String feature;

    DocumentKind(String feature) {
        this.feature = feature;
    }

    /** The name of the limited feature, as the API's quota problem reports it. */
    public String feature() {
        return feature;
    }
}
