package com.clintrack.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<AuditEvent> {

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from AuditEvent e where e.actorId = :actorId")
    int deleteByActor(long actorId);

    List<AuditEvent> findByActorIdOrderByOccurredAtDesc(Long actorId, Pageable pageable);

    List<AuditEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);
}
