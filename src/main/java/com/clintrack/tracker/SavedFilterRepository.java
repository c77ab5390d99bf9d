package com.clintrack.tracker;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilterEntity, Long> {

    List<SavedFilterEntity> findByOwnerIdOrderByNameAsc(long ownerId);

    Optional<SavedFilterEntity> findByIdAndOwnerId(long id, long ownerId);

    Optional<SavedFilterEntity> findByOwnerIdAndName(long ownerId, String name);
}
