package com.clintrack.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByActorIdOrderByOccurredAtDesc(Long actorId, Pageable pageable);

    List<AuditEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);
}
