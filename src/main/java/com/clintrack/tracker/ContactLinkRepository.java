package com.clintrack.tracker;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactLinkRepository extends JpaRepository<ContactLink, Long> {

    boolean existsByOwnerIdAndApplicationIdAndContactId(long ownerId, long applicationId, long contactId);

    List<ContactLink> findByOwnerIdOrderByIdAsc(long ownerId);

    @Modifying
    @Query("delete from ContactLink l where l.ownerId = :owner and l.applicationId = :application and l.contactId = :contact")
    int unlink(@Param("owner") long owner, @Param("application") long application, @Param("contact") long contact);

    @Query("""
            select new com.clintrack.tracker.LinkedApplication(a.id, a.company, a.title, a.stage)
            from ContactLink l join JobApplication a on a.id = l.applicationId
            where l.ownerId = :owner and a.ownerId = :owner and l.contactId = :contact
            order by a.company, a.title, a.id""")
    List<LinkedApplication> findApplications(@Param("owner") long owner, @Param("contact") long contact);
}
