package com.clintrack.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoverLetterVersionRepository extends JpaRepository<CoverLetterVersion, Long> {

    List<CoverLetterVersion> findByCoverLetterIdAndOwnerIdOrderByNumberDesc(long coverLetterId, long ownerId);

    Optional<CoverLetterVersion> findByCoverLetterIdAndOwnerIdAndNumber(long coverLetterId, long ownerId, int number);

    List<CoverLetterVersion> findByOwnerIdOrderByIdAsc(long ownerId);
}
