package com.clintrack.audit;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit trail. Entries are written in their own transaction, so that a failure that
 * rolls back the caller's work is still recorded.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action. Anyone may cause an entry (a failed sign-in has no user). */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, AuditOutcome outcome, @Nullable Long actorId, @Nullable String actor,
            @Nullable String target, @Nullable String ip, @Nullable String detail) {
        events.save(new AuditEvent(clock.instant(), actorId, actor, action, target, ip, outcome, detail));
        log.info("audit action={} outcome={} actorId={} target={} ip={}", action, outcome, actorId, target, ip);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(Pageable pageable) {
        return events.findAllByOrderByOccurredAtDesc(pageable).stream().map(AuditEvent::toEntry).toList();
    }

    /**
     * The audit log viewer's query: optional actor text (email, case-insensitive, contains), action and
     * time range [from, to). Paged and sorted in SQL.
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        org.springframework.data.jpa.domain.Specification<AuditEvent> spec = (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                where.add(cb.like(cb.lower(root.get("actor")), "%" + filter.actor().strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("%", "").replace("_", "") + "%"));
            }
            if (filter.actorId() != null) {
                where.add(cb.equal(root.get("actorId"), filter.actorId()));
            }
            if (filter.target() != null && !filter.target().isBlank()) {
                where.add(cb.equal(root.get("target"), filter.target()));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        return events.findAll(spec, pageable).map(AuditEvent::toEntry);
    }

    /** Removes a deleted user's own entries (their sign-ins, addresses); the deletion itself is recorded after. */
    @PreAuthorize("hasRole('ADMIN') or #actorId == principal.id()")
    @Transactional
    public int forgetActor(long actorId) {
        return events.deleteByActor(actorId);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latestFor(long actorId, Pageable pageable) {
        return events.findByActorIdOrderByOccurredAtDesc(actorId, pageable).stream().map(AuditEvent::toEntry).toList();
    }
}
