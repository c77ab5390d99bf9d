package com.clintrack.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JobApplicationRepository extends JpaRepository<JobApplication, Long>,
        JpaSpecificationExecutor<JobApplication> {

    Optional<JobApplication> findByIdAndOwnerId(long id, long ownerId);

    List<JobApplication> findByOwnerIdAndIdIn(long ownerId, Collection<Long> ids);

    List<JobApplication> findByOwnerIdOrderByIdAsc(long ownerId);

    long countByOwnerId(long ownerId);

    @Query("""
            select a from JobApplication a where a.ownerId = :owner
              and (a.url = :url or a.matchKey = :matchKey) order by a.updatedAt desc""")
    List<JobApplication> findLookalikes(@Param("owner") long owner, @Param("url") String url,
            @Param("matchKey") String matchKey, Pageable pageable);

    @Query("select a.stage, count(a) from JobApplication a where a.ownerId = :owner group by a.stage")
    List<Object[]> countByStage(@Param("owner") long owner);

    @Query("select a.furthestRank, count(a) from JobApplication a where a.ownerId = :owner group by a.furthestRank")
    List<Object[]> countByFurthestRank(@Param("owner") long owner);

    @Query("""
            select a.source, count(a),
                   sum(case when a.furthestRank >= :respondedRank or a.closedReason = :rejected then 1 else 0 end)
            from JobApplication a where a.ownerId = :owner and a.furthestRank >= :appliedRank
            group by a.source""")
    List<Object[]> responsesBySource(@Param("owner") long owner, @Param("appliedRank") int appliedRank,
            @Param("respondedRank") int respondedRank, @Param("rejected") ClosedReason rejected);

    /** Like {@link #responsesBySource}, per resume version sent (applications that recorded one). */
    @Query("""
            select a.resumeVersionId, count(a),
                   sum(case when a.furthestRank >= :respondedRank or a.closedReason = :rejected then 1 else 0 end)
            from JobApplication a where a.ownerId = :owner and a.furthestRank >= :appliedRank
              and a.resumeVersionId is not null
            group by a.resumeVersionId""")
    List<Object[]> responsesByResumeVersion(@Param("owner") long owner, @Param("appliedRank") int appliedRank,
            @Param("respondedRank") int respondedRank, @Param("rejected") ClosedReason rejected);

    @Query("""
            select a.appliedOn, count(a) from JobApplication a
            where a.ownerId = :owner and a.appliedOn >= :from group by a.appliedOn""")
    List<Object[]> countByAppliedOn(@Param("owner") long owner, @Param("from") LocalDate from);

    @Query("""
            select a from JobApplication a where a.ownerId = :owner and a.stage in :stages
              and a.lastActivityAt <= :before order by a.lastActivityAt asc""")
    List<JobApplication> findInactive(@Param("owner") long owner, @Param("stages") Collection<Stage> stages,
            @Param("before") Instant before, Pageable pageable);

    @Query("""
            select count(a) from JobApplication a where a.ownerId = :owner and a.stage in :stages
              and a.lastActivityAt <= :before""")
    long countInactive(@Param("owner") long owner, @Param("stages") Collection<Stage> stages,
            @Param("before") Instant before);

    /**
     * Records activity without touching the version: a note or a follow-up must not make an open edit
     * form look stale.
     */
    @Modifying(flushAutomatically = true)
    @Query("update JobApplication a set a.lastActivityAt = :at where a.id = :id and a.ownerId = :owner")
    int recordActivity(@Param("owner") long owner, @Param("id") long id, @Param("at") Instant at);

    /** Soft delete: the rows vanish from every query until restored or purged. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update job_application set deleted_at = :at where owner_id = :owner and id in (:ids)"
            + " and deleted_at is null", nativeQuery = true)
    int trash(@Param("owner") long owner, @Param("ids") Collection<Long> ids, @Param("at") Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update job_application set deleted_at = null where owner_id = :owner and id in (:ids)"
            + " and deleted_at is not null", nativeQuery = true)
    int restore(@Param("owner") long owner, @Param("ids") Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from job_application where owner_id = :owner and deleted_at < :before",
            nativeQuery = true)
    int purgeTrash(@Param("owner") long owner, @Param("before") Instant before);
}
