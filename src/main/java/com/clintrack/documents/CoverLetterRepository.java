package com.clintrack.documents;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoverLetterRepository extends JpaRepository<CoverLetter, Long> {

    Optional<CoverLetter> findByIdAndOwnerId(long id, long ownerId);

    Page<CoverLetter> findByOwnerId(long ownerId, Pageable pageable);

    long countByOwnerId(long ownerId);

    java.util.List<CoverLetter> findByOwnerIdOrderByIdAsc(long ownerId);
}
