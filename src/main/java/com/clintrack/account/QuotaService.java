package com.clintrack.account;

import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one gate that feature services call before they create something a plan limits.
 *
 * <p>Call {@code acquire} inside the transaction that creates the item: it locks the user's usage row
 * (select ... for update) and holds the lock until that transaction ends, so parallel creates by the same
 * user are serialised and the limit holds exactly. A refusal throws {@link QuotaExceededException} and
 * changes nothing. Downgrades never delete data: only new items are refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuotaService {

    private final UserUsageRepository usages;
    private final UsageCounterRepository counters;
    private final PlanQuotaRepository quotas;
    private final AppUserRepository users;
    private final UsageRows usageRows;
    private final CurrentUser currentUser;
    private final List<ActiveCountSource> activeCountSources;
    private final Clock clock;

    QuotaService(UserUsageRepository usages, UsageCounterRepository counters, PlanQuotaRepository quotas,
            AppUserRepository users, UsageRows usageRows, CurrentUser currentUser,
            List<ActiveCountSource> activeCountSources, Clock clock) {
        this.usages = usages;
        this.counters = counters;
        this.quotas = quotas;
        this.users = users;
        this.usageRows = usageRows;
        this.currentUser = currentUser;
        this.activeCountSources = List.copyOf(activeCountSources);
        this.clock = clock;
    }

    /**
     * ACTIVE_COUNT gate (RESUMES, COVER_LETTERS). Locks the user's usage row, then asks
     * {@code activeCount} (the caller's own owner-scoped count query) and refuses when the count has
     * reached the plan's limit. Must run inside the caller's transaction, before its insert.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void acquire(QuotaFeature feature, LongSupplier activeCount) {
        requireKind(feature, QuotaKind.ACTIVE_COUNT);
        AppUser user = lockedUser();
        Integer limit = limitOf(user.plan(), feature);
        if (limit == null) {
            return;
        }
        long used = activeCount.getAsLong();
        if (used >= limit) {
            throw new QuotaExceededException(feature, limit, used);
        }
    }

    /**
     * LIFETIME_COUNT (MOCK_INTERVIEWS, COACHING_SESSIONS) and MONTHLY_COUNT (HEADSHOTS) gate: locks the
     * user's usage row, refuses at the limit, otherwise counts one more. The count is part of the caller's
     * transaction, so it is undone when the create fails. Unlimited plans are counted too, so that a
     * later downgrade sees the real use.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void acquire(QuotaFeature feature) {
        if (!feature.isCounted()) {
            throw new IllegalArgumentException(feature + " is " + feature.kind()
                    + ": use acquire(feature, activeCount) for ACTIVE_COUNT; SETTING quotas are read, not acquired");
        }
        AppUser user = lockedUser();
        String period = periodOf(feature, ZoneId.of(user.timeZone()));
        UsageCounter counter = counters.findByOwnerIdAndFeatureAndPeriod(user.id(), feature, period)
                .orElseGet(() -> new UsageCounter(user.id(), feature, period));
        Integer limit = limitOf(user.plan(), feature);
        if (limit != null && counter.used() >= limit) {
            throw new QuotaExceededException(feature, limit, counter.used());
        }
        counter.increment();
        counters.save(counter);
    }

    /** The signed-in user's job-alert frequency (a SETTING quota). */
    @Transactional(readOnly = true)
    public AlertFrequency alertFrequency() {
        return alertFrequencyOf(currentUser.id());
    }

    /** A user's job-alert frequency, for scheduled jobs that run without a signed-in user. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public AlertFrequency alertFrequencyFor(long userId) {
        return alertFrequencyOf(userId);
    }

    /** Every quota of the signed-in user, with what is used now (for the plan page and the API). */
    @Transactional(readOnly = true)
    public List<QuotaUsage> myUsage() {
        return usageOf(currentUser.id());
    }

    /** The same for any user, for the admin console. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<QuotaUsage> usageOf(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("Account"));
        ZoneId zone = ZoneId.of(user.timeZone());
        Map<QuotaFeature, PlanQuota> planQuotas = new EnumMap<>(QuotaFeature.class);
        quotas.findByPlanCode(user.plan()).forEach(q -> planQuotas.put(q.feature(), q));
        Map<String, Integer> counted = new java.util.HashMap<>();
        counters.findByOwnerId(userId).forEach(c -> counted.put(c.feature() + "/" + c.period(), c.used()));
        List<QuotaUsage> result = new ArrayList<>();
        for (QuotaFeature feature : QuotaFeature.values()) {
            PlanQuota quota = planQuotas.get(feature);
            Integer limit = quota == null ? null : quota.limit();
            String setting = quota == null ? null : quota.setting();
            long used = switch (feature.kind()) {
                case ACTIVE_COUNT -> activeCountSources.stream().filter(s -> s.feature() == feature)
                        .mapToLong(s -> s.activeCount(userId)).sum();
                case LIFETIME_COUNT, MONTHLY_COUNT -> counted.getOrDefault(feature + "/" + periodOf(feature, zone), 0);
                case SETTING -> 0;
            };
            result.add(new QuotaUsage(feature, feature.kind(), limit, used, setting));
        }
        return result;
    }

    /** Whether the signed-in user may create one more now, without locking: for hints in the UI only. */
    @Transactional(readOnly = true)
    public boolean canCreate(QuotaFeature feature) {
        return myUsage().stream().filter(u -> u.feature() == feature).findFirst().map(QuotaUsage::canCreate)
                .orElse(true);
    }

    private AppUser lockedUser() {
        long ownerId = currentUser.id();
        if (usages.lockByOwnerId(ownerId).isEmpty()) {
            usageRows.ensureSeparately(ownerId);
            usages.lockByOwnerId(ownerId).orElseThrow(() -> new NotFoundException("Account"));
        }
        // Read after the lock, so a plan change committed meanwhile is seen.
        return users.findById(ownerId).orElseThrow(() -> new NotFoundException("Account"));
    }

    private @Nullable Integer limitOf(Plan plan, QuotaFeature feature) {
        return quotas.findByPlanCodeAndFeature(plan, feature).map(PlanQuota::limit).orElse(null);
    }

    private AlertFrequency alertFrequencyOf(long userId) {
        Plan plan = users.findById(userId).map(AppUser::plan).orElse(Plan.FREE);
        return quotas.findByPlanCodeAndFeature(plan, QuotaFeature.JOB_ALERTS).map(PlanQuota::setting)
                .filter(s -> Arrays.stream(AlertFrequency.values()).anyMatch(f -> f.name().equals(s)))
                .map(AlertFrequency::valueOf).orElse(AlertFrequency.WEEKLY);
    }

    private String periodOf(QuotaFeature feature, ZoneId zone) {
        return feature.kind() == QuotaKind.MONTHLY_COUNT ? YearMonth.now(clock.withZone(zone)).toString()
                : UsageCounter.LIFETIME;
    }

    private static void requireKind(QuotaFeature feature, QuotaKind kind) {
        if (feature.kind() != kind) {
            throw new IllegalArgumentException(feature + " is " + feature.kind() + ", not " + kind);
        }
    }
}
