package com.clintrack.tracker;

/** Field lengths and limits, shared by the columns, the validation and the UI fields. */
public final class TrackerLimits {

    public static final int COMPANY_MAX = 150;
    public static final int TITLE_MAX = 150;
    public static final int LOCATION_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int STATE_MAX = 50;
    public static final int ZIP_MAX = 10;
    public static final int URL_MAX = 1000;
    public static final int SOURCE_MAX = 100;
    public static final int POSTING_TEXT_MAX = 20000;
    public static final int TAGS_MAX = 600;
    public static final int TAG_MAX = 40;
    public static final int MATCH_KEY_MAX = COMPANY_MAX + TITLE_MAX + 10;
    public static final int PRIORITY_MIN = 1;
    public static final int PRIORITY_MAX = 5;
    public static final int PRIORITY_DEFAULT = 3;
    public static final int PAY_PRECISION = 12;
    public static final int PAY_SCALE = 2;
    public static final int STAGE_NOTE_MAX = 1000;
    public static final int NOTE_MAX = 5000;
    public static final int CONTACT_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int LINKEDIN_MAX = 500;
    public static final int CONTACT_NOTES_MAX = 2000;
    public static final int FOLLOW_UP_TITLE_MAX = 200;
    public static final int FILTER_NAME_MAX = 80;
    public static final int FILTER_QUERY_MAX = 1000;
    public static final int ENUM_MAX = 24;

    /** A page of the API list may hold at most this many rows. */
    public static final int PAGE_SIZE_MAX = 200;
    /** A CSV import may hold at most this many rows. */
    public static final int IMPORT_ROWS_MAX = 5000;

    /** Days after APPLIED without activity before a follow-up is suggested. */
    public static final int FOLLOW_UP_AFTER_DAYS = 7;
    /** Days without activity before an application is "possibly ghosted". */
    public static final int GHOSTED_AFTER_DAYS = 21;
    /** Days without activity before an open application counts as stale. */
    public static final int STALE_AFTER_DAYS = 14;

    private TrackerLimits() {
    }
}
