package com.clintrack.tracker;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationNoteRepository extends JpaRepository<ApplicationNote, Long> {

    List<ApplicationNote> findByOwnerIdAndApplicationIdOrderByCreatedAtDescIdDesc(long ownerId, long applicationId);

    Optional<ApplicationNote> findByIdAndOwnerIdAndApplicationId(long id, long ownerId, long applicationId);

    List<ApplicationNote> findByOwnerIdOrderByIdAsc(long ownerId);
}
