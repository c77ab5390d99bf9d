package com.clintrack.tracker;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByOwnerIdAndApplicationIdOrderByChangedAtAscIdAsc(long ownerId, long applicationId);

    List<StageChange> findByOwnerIdOrderByIdAsc(long ownerId);
}
