package com.clintrack.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResumeRepository extends JpaRepository<Resume, Long> {

    Optional<Resume> findByIdAndOwnerId(long id, long ownerId);

    Page<Resume> findByOwnerId(long ownerId, Pageable pageable);

    List<Resume> findByOwnerIdAndApplicationIdOrderByUpdatedAtDesc(long ownerId, long applicationId);

    long countByOwnerId(long ownerId);

    List<Resume> findByOwnerIdOrderByIdAsc(long ownerId);
}
