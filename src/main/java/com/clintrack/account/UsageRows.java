package com.clintrack.account;

import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a user's usage row. Registration creates it in its own transaction and the V40 migration
 * backfilled older accounts; {@link #ensureSeparately} is the fallback for any account without one.
 */
@Component
class UsageRows {

    private final UserUsageRepository usages;
    private final Clock clock;

    UsageRows(UserUsageRepository usages, Clock clock) {
        this.usages = usages;
        this.clock = clock;
    }

    /** In the caller's transaction, for a user that was just created. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createFor(long ownerId) {
        if (!usages.existsById(ownerId)) {
            usages.save(new UserUsage(ownerId, clock.instant()));
        }
    }

    /** In a transaction of its own, so that a parallel insert of the same row cannot abort the caller. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureSeparately(long ownerId) {
        if (usages.existsById(ownerId)) {
            return;
        }
        try {
            usages.saveAndFlush(new UserUsage(ownerId, clock.instant()));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // another transaction created it first: fine
        }
    }
}
