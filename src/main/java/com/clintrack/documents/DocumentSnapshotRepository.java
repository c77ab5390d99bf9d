package com.clintrack.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The owner-scoped queries over one kind's version rows. */
@NoRepositoryBean
interface DocumentSnapshotRepository<V extends DocumentSnapshot> extends JpaRepository<V, Long> {

    List<V> findByDocumentIdAndOwnerIdOrderByNumberDesc(long documentId, long ownerId);

    Optional<V> findByDocumentIdAndOwnerIdAndNumber(long documentId, long ownerId, int number);

    Optional<V> findByIdAndOwnerId(long id, long ownerId);

    List<V> findByOwnerIdOrderByIdAsc(long ownerId);
}
