package com.clintrack.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserUsageRepository extends JpaRepository<UserUsage, Long> {

    /** select ... for update: held until the caller's transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserUsage u where u.ownerId = :ownerId")
    Optional<UserUsage> lockByOwnerId(long ownerId);
}
