package com.clintrack.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of stage history: from, to, when, and an optional note. */
@Entity
@Table(name = "application_stage_change")
class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 16)
    private @Nullable Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    private Stage toStage = Stage.SAVED;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 16)
    private @Nullable ClosedReason closedReason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(length = TrackerLimits.STAGE_NOTE_MAX)
    private @Nullable String note;

    protected StageChange() {
    }

    StageChange(long ownerId, long applicationId, @Nullable Stage fromStage, Stage toStage,
            @Nullable ClosedReason closedReason, Instant changedAt, @Nullable String note) {
        this.ownerId = ownerId;
        this.applicationId = applicationId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.closedReason = closedReason;
        this.changedAt = changedAt;
        this.note = note;
    }

    StageChangeEntry toEntry() {
        return new StageChangeEntry(Objects.requireNonNull(id), fromStage, toStage, closedReason, changedAt, note);
    }

    TrackerTransferService.HistoryExport toExport() {
        return new TrackerTransferService.HistoryExport(applicationId, fromStage, toStage, closedReason, changedAt,
                note);
    }
}
