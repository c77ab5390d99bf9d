package com.clintrack.tracker;

import java.util.Collection;
import java.util.Map;

/**
 * What the tracker needs to know about the document versions an application records as sent, answered by
 * the documents feature (the tracker keeps only the ids). Both methods answer only for the signed-in
 * user's versions: an id that is missing from the answer does not exist or is someone else's.
 */
public interface SentDocumentLabels {

    /** A label ("title · v3") per resume version id of the current user. */
    Map<Long, String> resumeVersionLabels(Collection<Long> versionIds);

    /** A label per cover-letter version id of the current user. */
    Map<Long, String> coverLetterVersionLabels(Collection<Long> versionIds);
}
