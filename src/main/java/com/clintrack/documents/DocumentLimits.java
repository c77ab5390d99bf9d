package com.clintrack.documents;

/** Field lengths and limits shared by the schema, validation and the UI fields. */
public final class DocumentLimits {

    public static final int TITLE_MAX = 120;
    public static final int COMPANY_MAX = 150;
    public static final int JOB_TITLE_MAX = 150;
    /** The stored JSON of one resume (all sections); the column is varchar of this length. */
    public static final int CONTENT_MAX = 100_000;
    public static final int LETTER_MAX = 20_000;
    public static final int POSTING_MAX = 30_000;
    public static final int PASTED_TEXT_MAX = 50_000;
    public static final int LINE_MAX = 300;
    public static final int SUMMARY_MAX = 2_000;
    public static final int BULLET_MAX = 500;
    public static final int LIST_MAX = 60;
    public static final int HOURS_MAX = 10_000;
    public static final int UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

    private DocumentLimits() {
    }
}
