package com.clintrack.tracker;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationNoteRepository extends JpaRepository<ApplicationNote, Long> {

    List<ApplicationNote> findByOwnerIdAndApplicationIdOrderByCreatedAtDescIdDesc(long ownerId, long applicationId);

    Optional<ApplicationNote> findByIdAndOwnerId(long id, long ownerId);

    List<ApplicationNote> findByOwnerIdOrderByIdAsc(long ownerId);
}
