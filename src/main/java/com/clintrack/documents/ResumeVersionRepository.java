package com.clintrack.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResumeVersionRepository extends JpaRepository<ResumeVersion, Long> {

    List<ResumeVersion> findByResumeIdAndOwnerIdOrderByNumberDesc(long resumeId, long ownerId);

    Optional<ResumeVersion> findByResumeIdAndOwnerIdAndNumber(long resumeId, long ownerId, int number);

    List<ResumeVersion> findByOwnerIdOrderByIdAsc(long ownerId);
}
