package com.clintrack.careerguide;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a role as the admin sees it: the file the app ships with, or a stored revision.
 *
 * @param revision null for the bundled file, otherwise 1, 2, 3... per role
 * @param contentVersion the {@code version} written in the file
 * @param restoredFrom for a restore of a stored revision, that revision
 * @param active whether the career guide shows this version now
 */
public record RoleVersion(String slug, @Nullable Integer revision, int contentVersion, String title,
        String fileName, VersionOrigin origin, @Nullable Integer restoredFrom, @Nullable Instant createdAt,
        @Nullable String createdBy, boolean active) {

    /** A stored revision, as the repository reads it. */
    RoleVersion(String slug, int revision, int contentVersion, String title, String fileName, VersionOrigin origin,
            @Nullable Integer restoredFrom, Instant createdAt, @Nullable String createdBy) {
        this(slug, (Integer) revision, contentVersion, title, fileName, origin, restoredFrom, createdAt, createdBy,
                false);
    }

    RoleVersion asActive() {
        return new RoleVersion(slug, revision, contentVersion, title, fileName, origin, restoredFrom, createdAt,
                createdBy, true);
    }

    public boolean bundled() {
        return revision == null;
    }
}
