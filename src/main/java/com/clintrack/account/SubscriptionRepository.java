package com.clintrack.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByCustomerRef(String customerRef);

    Optional<Subscription> findBySubscriptionRef(String subscriptionRef);

    @Query("select s from Subscription s where s.status = com.clintrack.account.SubscriptionStatus.PAST_DUE"
            + " and s.pastDueSince < :before")
    List<Subscription> findPastDueSince(Instant before);

    @Query("select s from Subscription s where s.status <> com.clintrack.account.SubscriptionStatus.CANCELED"
            + " and s.currentPeriodEnd < :now")
    List<Subscription> findPeriodEndedBefore(Instant now);
}
