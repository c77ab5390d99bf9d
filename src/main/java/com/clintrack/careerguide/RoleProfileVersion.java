package com.clintrack.careerguide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a role file. Rows are only ever added: the active version of a role is its row
 * with the highest revision, and a restore adds a copy of an earlier one.
 */
@Entity
@Table(name = "role_profile_version")
class RoleProfileVersion {

    static final int SLUG_LENGTH = 64;
    static final int TITLE_LENGTH = 200;
    static final int FILE_NAME_LENGTH = 255;
    static final int ACTOR_LENGTH = 254;
    static final int ORIGIN_LENGTH = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = SLUG_LENGTH)
    private String slug;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ORIGIN_LENGTH)
    private VersionOrigin origin;

    @Column(name = "restored_from")
    private @Nullable Integer restoredFrom;

    @Column(nullable = false, length = RoleFileParser.MAX_FILE_BYTES)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by_id")
    private @Nullable Long createdById;

    @Column(name = "created_by", length = ACTOR_LENGTH)
    private @Nullable String createdBy;

    protected RoleProfileVersion() {
        this.slug = "";
        this.title = "";
        this.fileName = "";
        this.origin = VersionOrigin.UPLOAD;
        this.content = "";
        this.createdAt = Instant.EPOCH;
    }

    RoleProfileVersion(ParsedRole role, int revision, VersionOrigin origin, @Nullable Integer restoredFrom,
            Instant createdAt, @Nullable Long createdById, @Nullable String createdBy) {
        if (revision < 1) {
            throw new IllegalArgumentException("Revisions start at 1");
        }
        this.slug = role.slug();
        this.revision = revision;
        this.contentVersion = role.profile().version();
        this.title = role.profile().title();
        this.fileName = truncate(role.file(), FILE_NAME_LENGTH);
        this.origin = origin;
        this.restoredFrom = restoredFrom;
        this.content = role.text();
        this.createdAt = createdAt;
        this.createdById = createdById;
        this.createdBy = createdBy == null ? null : truncate(createdBy, ACTOR_LENGTH);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    String fileName() {
        return fileName;
    }

    String content() {
        return content;
    }
}
