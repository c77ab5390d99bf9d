package com.clintrack.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<AppUser> {

    @Query("select count(u) from AppUser u where u.createdAt >= :since")
    long countCreatedSince(Instant since);

    @Query("select count(u) from AppUser u where u.lastSignInAt >= :since")
    long countSignedInSince(Instant since);

    @Query("select u.createdAt from AppUser u where u.createdAt >= :since")
    java.util.List<Instant> createdSince(Instant since);

    Optional<AppUser> findByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.email = :email")
    Optional<AppUser> findByEmailForUpdate(String email);

    boolean existsByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.id = :id")
    Optional<AppUser> findByIdForUpdate(long id);

    /**
     * Locks the rows in id order (so two admins acting on each other cannot deadlock) and reads them as
     * committed by whoever held the locks before.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.id in :ids order by u.id")
    java.util.List<AppUser> lockInIdOrder(java.util.Collection<Long> ids);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role")
    boolean existsWithRole(String role);

    /** Empty when the account no longer exists. */
    @Query("select new com.clintrack.account.SessionRevocation$SessionValidity(u.sessionsValidAfter) "
            + "from AppUser u where u.id = :id")
    java.util.Optional<SessionRevocation.SessionValidity> sessionValidity(long id);

    @Query("select u.plan, count(u) from AppUser u group by u.plan")
    java.util.List<Object[]> countByPlan();

    @Query("select coalesce(sum(p.priceCents), 0) from Subscription s, PlanDefinition p where p.code = s.plan"
            + " and s.status = com.clintrack.account.SubscriptionStatus.ACTIVE")
    long mrrCents();

    @Query(value = "select u from AppUser u where lower(u.email) like :text or lower(u.displayName) like :text",
            countQuery = "select count(u) from AppUser u where lower(u.email) like :text or lower(u.displayName) like :text")
    Page<AppUser> search(String text, Pageable pageable);
}
