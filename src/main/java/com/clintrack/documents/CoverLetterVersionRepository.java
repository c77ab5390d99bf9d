package com.clintrack.documents;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CoverLetterVersionRepository extends DocumentSnapshotRepository<CoverLetterVersion> {

    /** Rows of (version id, letter id, letter title, version number, created at), the owner's only. */
    @Query("""
            select v.id, l.id, l.title, v.number, v.createdAt from CoverLetterVersion v
            join CoverLetter l on l.id = v.documentId
            where v.ownerId = :owner and l.ownerId = :owner and v.id in :ids""")
    List<Object[]> describe(@Param("owner") long owner, @Param("ids") Collection<Long> ids);

    /** The same rows for the owner's versions, newest letters first. */
    @Query("""
            select v.id, l.id, l.title, v.number, v.createdAt from CoverLetterVersion v
            join CoverLetter l on l.id = v.documentId
            where v.ownerId = :owner and l.ownerId = :owner order by l.updatedAt desc, l.id desc, v.number desc""")
    List<Object[]> describeAll(@Param("owner") long owner, Pageable pageable);
}
