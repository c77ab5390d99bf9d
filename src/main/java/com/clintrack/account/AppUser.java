package com.clintrack.account;

import com.clintrack.security.AppRoles;
import com.clintrack.security.AppUserPrincipal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A ClinTrack account. The email is stored lower-case and is unique. */
@Entity
@Table(name = "app_user")
class AppUser {

    private static final int ROLE_BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = AccountLimits.EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = AccountLimits.DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "time_zone", nullable = false, length = AccountLimits.TIME_ZONE_MAX)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Plan plan = Plan.FREE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Theme theme = Theme.LIGHT;

    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @BatchSize(size = ROLE_BATCH)
    private Set<String> roles = new HashSet<>();

    @Column(name = "locked_by_admin", nullable = false)
    private boolean lockedByAdmin;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "failure_window_start")
    private @Nullable Instant failureWindowStart;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Column(name = "sessions_valid_after")
    private @Nullable Instant sessionsValidAfter;

    @Version
    private long version;

    protected AppUser() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    AppUser(String email, String displayName, String passwordHash, String timeZone, Instant createdAt) {
        this.email = Objects.requireNonNull(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.timeZone = timeZone;
        this.createdAt = createdAt;
        this.roles.add(AppRoles.USER);
    }

    long id() {
        return Objects.requireNonNull(id, "unsaved user");
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    String timeZone() {
        return timeZone;
    }

    Plan plan() {
        return plan;
    }

    Theme theme() {
        return theme;
    }

    Set<String> roles() {
        return Set.copyOf(roles);
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean lockedByAdmin() {
        return lockedByAdmin;
    }

    boolean isSignInLockedAt(Instant now) {
        return lockedByAdmin || (lockedUntil != null && now.isBefore(lockedUntil));
    }

    void changePassword(String newHash, boolean mustChangeNext) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeNext;
    }

    /** A rehash with stronger parameters; the password itself is unchanged. */
    void upgradeHash(String newHash) {
        this.passwordHash = newHash;
    }

    void grantRole(String role) {
        roles.add(role);
    }

    void revokeRole(String role) {
        roles.remove(role);
    }

    void changePlan(Plan plan) {
        this.plan = Objects.requireNonNull(plan);
    }

    void setLockedByAdmin(boolean locked) {
        this.lockedByAdmin = locked;
    }

    void changeEmail(String email) {
        this.email = Objects.requireNonNull(email);
    }

    @Nullable Instant sessionsValidAfter() {
        return sessionsValidAfter;
    }

    /** Web sessions that signed in before this instant end at their next request. */
    void endSessionsBefore(Instant instant) {
        this.sessionsValidAfter = instant;
    }

    void chooseTheme(Theme theme) {
        this.theme = theme;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    /**
     * Counts a failed sign-in inside a sliding window; answers true when this failure locks the account.
     */
    boolean recordFailedSignIn(Instant now, int maxFailures, Duration window, Duration lockFor) {
        if (failureWindowStart == null || !now.isBefore(failureWindowStart.plus(window))) {
            failureWindowStart = now;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
            failureWindowStart = null;
            return true;
        }
        return false;
    }

    void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        failureWindowStart = null;
        lockedUntil = null;
        lastSignInAt = now;
    }

    /** Clears a temporary lockout, for example after a password reset by email. */
    void clearLockout() {
        failedSignIns = 0;
        failureWindowStart = null;
        lockedUntil = null;
    }

    AppUserPrincipal toPrincipal(Instant now) {
        return new AppUserPrincipal(id(), email, displayName, passwordHash, roles, timeZone, isSignInLockedAt(now),
                mustChangePassword);
    }

    AccountSummary toSummary(Instant now) {
        return new AccountSummary(id(), email, displayName, plan, Set.copyOf(roles), timeZone, theme, createdAt,
                lastSignInAt, isSignInLockedAt(now));
    }
}
