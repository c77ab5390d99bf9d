package com.clintrack.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Something to do for an application by a date. */
@Entity
@Table(name = "follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false, length = TrackerLimits.FOLLOW_UP_TITLE_MAX)
    private String title = "";

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    protected FollowUp() {
    }

    FollowUp(long ownerId, long applicationId, String title, LocalDate dueOn, Instant now) {
        this.ownerId = ownerId;
        this.applicationId = applicationId;
        this.title = title;
        this.dueOn = dueOn;
        this.createdAt = now;
    }

    void change(String newTitle, LocalDate newDueOn) {
        this.title = newTitle;
        this.dueOn = newDueOn;
    }

    void markDone(boolean isDone, Instant now) {
        this.done = isDone;
        this.doneAt = isDone ? now : null;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long applicationId() {
        return applicationId;
    }

    String title() {
        return title;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean done() {
        return done;
    }

    TrackerTransferService.FollowUpExport toExport() {
        return new TrackerTransferService.FollowUpExport(id(), applicationId, title, dueOn, done);
    }
}
