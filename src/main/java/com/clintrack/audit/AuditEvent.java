package com.clintrack.audit;

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

/** One audit entry. Never holds a password, token or session id. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    static final int TEXT_LENGTH = 254;
    static final int DETAIL_LENGTH = 500;
    static final int IP_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(length = TEXT_LENGTH)
    private @Nullable String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = TEXT_LENGTH)
    private @Nullable String target;

    @Column(length = IP_LENGTH)
    private @Nullable String ip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(length = DETAIL_LENGTH)
    private @Nullable String detail;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.action = AuditAction.SIGN_IN;
        this.outcome = AuditOutcome.FAILURE;
    }

    AuditEvent(Instant occurredAt, @Nullable Long actorId, @Nullable String actor, AuditAction action,
            @Nullable String target, @Nullable String ip, AuditOutcome outcome, @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actor = truncate(actor, TEXT_LENGTH);
        this.action = action;
        this.target = truncate(target, TEXT_LENGTH);
        this.ip = truncate(ip, IP_LENGTH);
        this.outcome = outcome;
        this.detail = truncate(detail, DETAIL_LENGTH);
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actorId, actor, action, target, ip, outcome, detail);
    }
}
