package com.clintrack.tracker;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends JpaRepository<Contact, Long> {

    /** Name, email or phone contain {@code :text} (already lower-case); an empty text matches every contact. */
    String MATCHES = """
            c.ownerId = :owner and (:text = '' or locate(:text, lower(c.name)) > 0
              or locate(:text, lower(coalesce(c.email, ''))) > 0 or locate(:text, lower(coalesce(c.phone, ''))) > 0)""";

    Optional<Contact> findByIdAndOwnerId(long id, long ownerId);

    List<Contact> findByOwnerId(long ownerId, Pageable pageable);

    List<Contact> findByOwnerIdOrderByIdAsc(long ownerId);

    long countByOwnerId(long ownerId);

    @Query("""
            select c from Contact c where c.ownerId = :owner and c.id in
              (select l.contactId from ContactLink l where l.ownerId = :owner and l.applicationId = :application)
            order by c.name""")
    List<Contact> findLinked(@Param("owner") long owner, @Param("application") long application);

    /**
     * Contacts with the number of the owner's applications each is linked to (trashed ones do not count),
     * in one statement; {@code applicationCount} can be sorted on like a property.
     */
    @Query("""
            select c as contact,
                   (select count(l.id) from ContactLink l join JobApplication a on a.id = l.applicationId
                    where l.contactId = c.id and l.ownerId = :owner and a.ownerId = :owner) as applicationCount
            from Contact c""" + " where " + MATCHES)
    List<Object[]> findSummaries(@Param("owner") long owner, @Param("text") String text, Pageable pageable);

    @Query("select count(c) from Contact c where " + MATCHES)
    long countMatching(@Param("owner") long owner, @Param("text") String text);
}
