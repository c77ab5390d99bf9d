package com.clintrack.documents;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResumeVersionRepository extends DocumentSnapshotRepository<ResumeVersion> {

    /** Rows of (version id, resume id, resume title, version number, created at), the owner's only. */
    @Query("""
            select v.id, r.id, r.title, v.number, v.createdAt from ResumeVersion v join Resume r on r.id = v.documentId
            where v.ownerId = :owner and r.ownerId = :owner and v.id in :ids""")
    List<Object[]> describe(@Param("owner") long owner, @Param("ids") Collection<Long> ids);

    /** The same rows for the owner's versions, newest resumes first. */
    @Query("""
            select v.id, r.id, r.title, v.number, v.createdAt from ResumeVersion v join Resume r on r.id = v.documentId
            where v.ownerId = :owner and r.ownerId = :owner order by r.updatedAt desc, r.id desc, v.number desc""")
    List<Object[]> describeAll(@Param("owner") long owner, Pageable pageable);
}
