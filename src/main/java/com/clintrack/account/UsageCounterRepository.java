package com.clintrack.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UsageCounterRepository extends JpaRepository<UsageCounter, Long> {

    Optional<UsageCounter> findByOwnerIdAndFeatureAndPeriod(long ownerId, QuotaFeature feature, String period);

    List<UsageCounter> findByOwnerId(long ownerId);
}
