package com.clintrack.tracker;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends JpaRepository<Contact, Long> {

    Optional<Contact> findByIdAndOwnerId(long id, long ownerId);

    List<Contact> findByOwnerId(long ownerId, Pageable pageable);

    List<Contact> findByOwnerIdOrderByIdAsc(long ownerId);

    long countByOwnerId(long ownerId);

    @Query("""
            select c from Contact c where c.ownerId = :owner and c.id in
              (select l.contactId from ContactLink l where l.ownerId = :owner and l.applicationId = :application)
            order by c.name""")
    List<Contact> findLinked(@Param("owner") long owner, @Param("application") long application);
}
