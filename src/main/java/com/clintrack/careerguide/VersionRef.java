package com.clintrack.careerguide;

/** Which stored version is the latest of a role, without its content. */
record VersionRef(long id, String slug, int revision) {
}
