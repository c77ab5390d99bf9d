package com.clintrack.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The owner-scoped queries every versioned document kind answers. */
@NoRepositoryBean
interface VersionedDocumentRepository<D extends VersionedDocument<?>> extends JpaRepository<D, Long> {

    Optional<D> findByIdAndOwnerId(long id, long ownerId);

    Page<D> findByOwnerId(long ownerId, Pageable pageable);

    long countByOwnerId(long ownerId);

    List<D> findByOwnerIdOrderByIdAsc(long ownerId);
}
