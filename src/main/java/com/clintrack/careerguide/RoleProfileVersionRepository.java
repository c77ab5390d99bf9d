package com.clintrack.careerguide;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleProfileVersionRepository extends JpaRepository<RoleProfileVersion, Long> {

    /** The latest version of every role that has stored versions. */
    @Query("""
            select new com.clintrack.careerguide.VersionRef(v.id, v.slug, v.revision) from RoleProfileVersion v
            where v.revision = (select max(w.revision) from RoleProfileVersion w where w.slug = v.slug)""")
    List<VersionRef> findLatest();

    @Query("""
            select new com.clintrack.careerguide.VersionRef(v.id, v.slug, v.revision) from RoleProfileVersion v
            where v.slug = :slug
              and v.revision = (select max(w.revision) from RoleProfileVersion w where w.slug = :slug)""")
    Optional<VersionRef> findLatest(String slug);

    /** Every stored version of a role, newest first, without the content. */
    @Query("""
            select new com.clintrack.careerguide.RoleVersion(v.slug, v.revision, v.contentVersion, v.title,
                v.fileName, v.origin, v.restoredFrom, v.createdAt, v.createdBy)
            from RoleProfileVersion v where v.slug = :slug order by v.revision desc""")
    List<RoleVersion> findHistory(String slug);

    /** Every stored version of every role, by slug and newest first, without the content. */
    @Query("""
            select new com.clintrack.careerguide.RoleVersion(v.slug, v.revision, v.contentVersion, v.title,
                v.fileName, v.origin, v.restoredFrom, v.createdAt, v.createdBy)
            from RoleProfileVersion v order by v.slug, v.revision desc""")
    List<RoleVersion> findAllHistory();

    Optional<RoleProfileVersion> findBySlugAndRevision(String slug, int revision);

    @Query("select max(v.contentVersion) from RoleProfileVersion v where v.slug = :slug")
    Optional<Integer> findHighestContentVersion(String slug);
}
