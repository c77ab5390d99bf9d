package com.clintrack.account;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.AppRoles;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin console's operations on accounts. Every action is audited; an admin can neither change their
 * own ADMIN role nor lock themselves out, and every change first re-reads the acting admin's role under a
 * row lock ({@link AdminActing}).
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
public class AccountAdminService {

    public static final int OVERVIEW_WEEKS = 12;
    private static final Set<String> KNOWN_ROLES = Set.of(AppRoles.USER, AppRoles.ADMIN);

    private final AppUserRepository users;
    private final PlanService plans;
    private final PasswordResetService passwordResets;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final AdminActing acting;

    AccountAdminService(AppUserRepository users, PlanService plans, PasswordResetService passwordResets,
            CurrentUser currentUser, AuditLog audit, Messages messages, Clock clock, AdminActing acting) {
        this.users = users;
        this.acting = acting;
        this.plans = plans;
        this.passwordResets = passwordResets;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Lazy grid: text (email or name), plan, role and status filters; paging and sorting in SQL. */
    @Transactional(readOnly = true)
    public Page<AccountSummary> search(UserFilter filter, Pageable pageable) {
        Instant now = clock.instant();
        return users.findAll(specification(filter, now), pageable).map(user -> user.toSummary(now));
    }

    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return users.count(specification(filter, clock.instant()));
    }

    @Transactional(readOnly = true)
    public AccountSummary get(long userId) {
        return load(userId).toSummary(clock.instant());
    }

    @Transactional
    public AccountSummary setLocked(long userId, boolean locked) {
        AppUserPrincipal admin = currentUser.require();
        AppUser user = acting.lockTarget(admin, userId);
        if (user.id() == admin.id()) {
            throw InvalidInputException.of("locked", messages.get("adminconsole.self.lock"));
        }
        if (user.lockedByAdmin() != locked) {
            user.setLockedByAdmin(locked);
            if (locked) {
                user.endSessionsBefore(clock.instant());
            }
            audit.record(locked ? AuditAction.ACCOUNT_LOCK : AuditAction.ACCOUNT_UNLOCK, AuditOutcome.SUCCESS,
                    admin.id(), admin.email(), user.email(), null, null);
        }
        return user.toSummary(clock.instant());
    }

    @Transactional
    public AccountSummary setAdmin(long userId, boolean admin) {
        AppUserPrincipal me = currentUser.require();
        AppUser user = acting.lockTarget(me, userId);
        if (user.id() == me.id()) {
            throw InvalidInputException.of("roles", messages.get("adminconsole.self.role"));
        }
        boolean has = user.roles().contains(AppRoles.ADMIN);
        if (has != admin) {
            if (admin) {
                user.grantRole(AppRoles.ADMIN);
            } else {
                user.revokeRole(AppRoles.ADMIN);
                // Open sessions carry the roles of their sign-in: end them so the demotion applies now.
                user.endSessionsBefore(clock.instant());
            }
            audit.record(AuditAction.ROLE_CHANGE, AuditOutcome.SUCCESS, me.id(), me.email(), user.email(), null,
                    (admin ? "granted " : "revoked ") + AppRoles.ADMIN);
        }
        return user.toSummary(clock.instant());
    }

    /**
     * Several changes to one account at once (the API's PATCH): each is checked and audited as on its own,
     * and a refused one undoes the others, since they share this transaction.
     */
    @Transactional
    public AccountSummary update(long userId, @Nullable Plan plan, String reason, @Nullable Boolean locked,
            @Nullable Set<String> roles) {
        if (plan != null) {
            changePlan(userId, plan, reason);
        }
        if (locked != null) {
            setLocked(userId, locked);
        }
        if (roles != null) {
            setRoles(userId, roles);
        }
        return get(userId);
    }

    /** Sets the roles exactly (the API's PATCH): USER always stays, only ADMIN can change. */
    @Transactional
    public AccountSummary setRoles(long userId, Set<String> roles) {
        for (String role : roles) {
            if (!KNOWN_ROLES.contains(role.toUpperCase(Locale.ROOT))) {
                throw InvalidInputException.of("roles", messages.get("adminconsole.roles.unknown", role));
            }
        }
        boolean admin = roles.stream().anyMatch(r -> AppRoles.ADMIN.equalsIgnoreCase(r));
        return setAdmin(userId, admin);
    }

    @Transactional
    public AccountSummary changePlan(long userId, Plan plan, String reason) {
        acting.lockTarget(currentUser.require(), userId);
        plans.changePlanByAdmin(userId, plan, reason);
        return get(userId);
    }

    /** Emails the user a password reset link. */
    @Transactional
    public void forcePasswordReset(long userId) {
        AppUserPrincipal admin = currentUser.require();
        AppUser user = acting.lockTarget(admin, userId);
        passwordResets.sendLink(user);
        audit.record(AuditAction.ADMIN_PASSWORD_RESET, AuditOutcome.SUCCESS, admin.id(), admin.email(), user.email(),
                null, "reset link emailed");
    }

    @Transactional(readOnly = true)
    public AdminOverview overview() {
        Instant now = clock.instant();
        LocalDate thisWeek = LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(OVERVIEW_WEEKS - 1L);
        Map<LocalDate, Long> weeks = new TreeMap<>();
        for (int i = 0; i < OVERVIEW_WEEKS; i++) {
            weeks.put(firstWeek.plusWeeks(i), 0L);
        }
        // One column of at most 12 weeks of sign-ups, bucketed here: week arithmetic differs between H2 and PostgreSQL.
        for (Instant created : users.createdSince(firstWeek.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            LocalDate week = LocalDate.ofInstant(created, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfPresent(week, (k, v) -> v + 1);
        }
        List<AdminOverview.WeekCount> signUps = new ArrayList<>();
        weeks.forEach((week, count) -> signUps.add(new AdminOverview.WeekCount(week, count)));
        String currency = plans.plans().stream().filter(p -> p.code() == Plan.PLUS).map(PlanInfo::currency)
                .findFirst().orElse("USD");
        return new AdminOverview(plans.usersByPlan(), plans.mrrCents(), currency,
                users.countSignedInSince(now.minus(Duration.ofDays(7))),
                users.countSignedInSince(now.minus(Duration.ofDays(30))), signUps);
    }

    private static Specification<AppUser> specification(UserFilter filter, Instant now) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String text = filter.text();
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("email")), pattern),
                        cb.like(cb.lower(root.get("displayName")), pattern)));
            }
            if (filter.plan() != null) {
                where.add(cb.equal(root.get("plan"), filter.plan()));
            }
            if (filter.role() != null && query != null) {
                Subquery<Long> withRole = query.subquery(Long.class);
                Root<AppUser> inner = withRole.from(AppUser.class);
                withRole.select(inner.get("id")).where(cb.equal(inner.join("roles"), filter.role()));
                where.add(root.get("id").in(withRole));
            }
            if (filter.status() != null) {
                Predicate locked = cb.or(cb.isTrue(root.get("lockedByAdmin")),
                        cb.and(cb.isNotNull(root.get("lockedUntil")), cb.greaterThan(root.get("lockedUntil"), now)));
                where.add(filter.status() == UserFilter.Status.LOCKED ? locked : cb.not(locked));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private AppUser load(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("Account"));
    }

    static @Nullable Plan parsePlan(@Nullable String plan) {
        return plan == null ? null : Plan.valueOf(plan.toUpperCase(Locale.ROOT));
    }
}
