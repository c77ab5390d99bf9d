package com.clintrack.account;

/**
 * Implemented by a feature that owns an ACTIVE_COUNT quota (documents for RESUMES and COVER_LETTERS), so
 * that the plan page and {@code GET /api/v1/me/usage} can show how many items the user has now. Register
 * it as a Spring bean; the count must be a count query scoped to the owner.
 */
public interface ActiveCountSource {

    QuotaFeature feature();

    long activeCount(long ownerId);
}
