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

    @Transactional(readOnly = true)
    public List<AuditEntry> latestFor(long actorId, Pageable pageable) {
        return events.findByActorIdOrderByOccurredAtDesc(actorId, pageable).stream().map(AuditEvent::toEntry).toList();
    }
}
