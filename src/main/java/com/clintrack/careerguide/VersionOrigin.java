package com.clintrack.careerguide;

/** How a stored version of a role came to be. */
public enum VersionOrigin {
    /** The file the app ships with (never stored, listed for completeness). */
    BUNDLED,
    /** An admin uploaded it. */
    UPLOAD,
    /** An admin restored an earlier stored version. */
    RESTORE,
    /** An admin restored the file the app ships with. */
    BUNDLED_RESTORE
}
