package com.clintrack.account;

import java.util.Map;

/**
 * The extension point through which every feature that stores user data takes part in "download my
 * data", "delete my account" and the admin's user detail. Implement it as a Spring bean in your feature
 * (for example the tracker adds applications.json and applications.csv). All methods get the owner's
 * id and must scope every query to it.
 */
public interface UserDataContributor {

    /** Receives the files of an export. Names are paths inside the zip, such as "applications.csv". */
    @FunctionalInterface
    interface ExportSink {
        void file(String name, byte[] content);
    }

    /** Adds the user's data to the export (JSON, and CSV where it helps). */
    void export(long ownerId, ExportSink sink);

    /**
     * Deletes every row and file of the user. Runs inside the deletion's transaction, before the account
     * row itself is deleted (rows with on-delete-cascade foreign keys would go anyway; files would not).
     */
    void deleteAll(long ownerId);

    /** Counts for the admin's user detail, such as {"applications": 12}; never contents. */
    Map<String, Long> counts(long ownerId);
}
