package com.clintrack.documents;

import java.util.List;
import java.util.Optional;

/**
 * The port through which documents see the user's job applications (to tailor a resume for one, or draft
 * a letter from its posting). {@link TrackerJobApplications} reads the tracker; should the tracker ever
 * need documents, that one adapter class moves into the tracker and the dependency turns around.
 */
public interface JobApplications {

    /** The user's most recently updated applications. */
    List<ApplicationRef> recent(int limit);

    Optional<ApplicationRef> find(long id);

    /** An application as documents need it. */
    record ApplicationRef(long id, String company, String title, String postingText) {

        public String label() {
            return title + " – " + company;
        }
    }
}
