package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A webhook event already handled; its id makes a replay a no-op. */
@Entity
@Table(name = "billing_event")
class ProcessedBillingEvent {

    @Id
    @Column(name = "event_id", length = 100)
    private String eventId;

    @Column(nullable = false, length = 60)
    private String type;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ProcessedBillingEvent() {
        this.eventId = "";
        this.type = "";
        this.receivedAt = Instant.EPOCH;
    }

    ProcessedBillingEvent(String eventId, String type, Instant receivedAt) {
        this.eventId = eventId;
        this.type = type;
        this.receivedAt = receivedAt;
    }
}
