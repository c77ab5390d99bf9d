package com.clintrack.tracker;

import java.util.List;

/**
 * The columns the CSV import understands, each with the header names other trackers use (Huntr, Teal,
 * JobSync, spreadsheets). Headers are compared ignoring case, spaces and punctuation.
 */
public enum CsvField {
    COMPANY("Company", "company name", "employer", "organization", "organisation", "hospital"),
    TITLE("Job Title", "position", "title", "role", "job", "job position", "position title"),
    STAGE("Stage", "status", "application status", "state of application"),
    CLOSED_REASON("Closed Reason", "reason"),
    APPLIED_ON("Date Applied", "applied", "applied on", "applied date", "application date", "date of application"),
    URL("URL", "link", "job url", "job link", "posting url", "job posting", "posting link"),
    LOCATION("Location"),
    CITY("City"),
    STATE("State", "province", "region"),
    ZIP("ZIP", "zip code", "postal code", "postcode"),
    SOURCE("Source", "job board", "found on", "found via"),
    EMPLOYMENT_TYPE("Employment Type", "job type", "type"),
    SHIFT("Shift"),
    SETTING("Setting", "work setting", "facility type"),
    SALARY("Salary", "pay", "compensation", "salary range", "pay range"),
    SALARY_MIN("Salary Min", "min salary", "minimum salary", "salary from"),
    SALARY_MAX("Salary Max", "max salary", "maximum salary", "salary to"),
    SALARY_PERIOD("Salary Period", "pay period"),
    EXPECTED_PAY("Expected Pay", "expected salary", "desired pay"),
    OFFERED_PAY("Offered Pay", "offer", "offered salary"),
    PRIORITY("Priority", "excitement", "interest"),
    TAGS("Tags", "labels", "tag"),
    NOTES("Notes", "note", "comments"),
    POSTING_TEXT("Posting Text", "description", "job description");

    /** The columns of our export, in order (export-only columns follow them). */
    public static final List<CsvField> EXPORTED = List.of(COMPANY, TITLE, STAGE, CLOSED_REASON, APPLIED_ON, URL,
            LOCATION, CITY, STATE, ZIP, SOURCE, EMPLOYMENT_TYPE, SHIFT, SETTING, SALARY_MIN, SALARY_MAX,
            SALARY_PERIOD, EXPECTED_PAY, OFFERED_PAY, PRIORITY, TAGS);

    private final String header;
    private final List<String> aliases;

    CsvField(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** Our own header for the column. */
    public String header() {
        return header;
    }

    public List<String> aliases() {
        return aliases;
    }
}
