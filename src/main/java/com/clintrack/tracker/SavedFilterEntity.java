package com.clintrack.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A user's named list filter. */
@Entity
@Table(name = "tracker_saved_filter")
class SavedFilterEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = TrackerLimits.FILTER_NAME_MAX)
    private String name = "";

    @Column(nullable = false, length = TrackerLimits.FILTER_QUERY_MAX)
    private String query = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected SavedFilterEntity() {
    }

    SavedFilterEntity(long ownerId, String name, String query, Instant createdAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.query = query;
        this.createdAt = createdAt;
    }

    void setQuery(String query) {
        this.query = query;
    }

    SavedFilter toRecord() {
        return new SavedFilter(Objects.requireNonNull(id), name, query);
    }
}
