package com.clintrack.documents;

import java.util.List;

interface ResumeRepository extends VersionedDocumentRepository<Resume> {

    List<Resume> findByOwnerIdAndApplicationIdOrderByUpdatedAtDesc(long ownerId, long applicationId);
}
