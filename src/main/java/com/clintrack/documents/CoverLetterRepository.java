package com.clintrack.documents;

interface CoverLetterRepository extends VersionedDocumentRepository<CoverLetter> {
}
