package com.clintrack.tracker;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    Optional<FollowUp> findByIdAndOwnerId(long id, long ownerId);

    Optional<FollowUp> findByIdAndOwnerIdAndApplicationId(long id, long ownerId, long applicationId);

    List<FollowUp> findByOwnerIdAndApplicationIdOrderByDoneAscDueOnAsc(long ownerId, long applicationId);

    List<FollowUp> findByOwnerIdOrderByIdAsc(long ownerId);

    @Query("""
            select new com.clintrack.tracker.FollowUpEntry(f.id, f.applicationId, a.company, a.title, f.title,
                   f.dueOn, f.done)
            from FollowUp f join JobApplication a on a.id = f.applicationId
            where f.ownerId = :owner and a.ownerId = :owner and f.done = false and f.dueOn <= :until
            order by f.dueOn asc, f.id asc""")
    List<FollowUpEntry> findOpenDue(@Param("owner") long owner, @Param("until") LocalDate until, Pageable pageable);

    @Query("""
            select count(f) from FollowUp f join JobApplication a on a.id = f.applicationId
            where f.ownerId = :owner and a.ownerId = :owner and f.done = false and f.dueOn <= :until""")
    long countOpenDue(@Param("owner") long owner, @Param("until") LocalDate until);

    @Query("""
            select distinct f.applicationId from FollowUp f where f.ownerId = :owner and f.done = false
              and f.dueOn <= :until and f.applicationId in :applications""")
    List<Long> applicationsWithDue(@Param("owner") long owner, @Param("until") LocalDate until,
            @Param("applications") Collection<Long> applications);

    @Query("""
            select distinct f.applicationId from FollowUp f where f.ownerId = :owner and f.done = false
              and f.applicationId in :applications""")
    List<Long> applicationsWithOpen(@Param("owner") long owner, @Param("applications") Collection<Long> applications);
}
