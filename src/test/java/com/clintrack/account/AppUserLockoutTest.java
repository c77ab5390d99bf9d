package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout rule: 5 failures within 15 minutes lock sign-in for 15 minutes, then it unlocks itself. */
class AppUserLockoutTest {

    private static final int MAX = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static AppUser user() {
        return new AppUser("a@example.com", "A", "hash", "UTC", T0);
    }

    @Test
    void fifth_failure_within_the_window_locks_for_fifteen_minutes() {
        AppUser user = user();
        for (int i = 0; i < MAX - 1; i++) {
            assertThat(user.recordFailedSignIn(T0.plusSeconds(i), MAX, WINDOW, LOCK)).isFalse();
        }
        assertThat(user.isSignInLockedAt(T0.plusSeconds(10))).isFalse();
        assertThat(user.recordFailedSignIn(T0.plusSeconds(10), MAX, WINDOW, LOCK)).isTrue();
        assertThat(user.isSignInLockedAt(T0.plusSeconds(11))).isTrue();
        assertThat(user.isSignInLockedAt(T0.plusSeconds(10).plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(user.isSignInLockedAt(T0.plusSeconds(10).plus(LOCK))).isFalse();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_lock() {
        AppUser user = user();
        Instant t = T0;
        for (int i = 0; i < 3 * MAX; i++) {
            assertThat(user.recordFailedSignIn(t, MAX, WINDOW, LOCK)).isFalse();
            t = t.plus(Duration.ofMinutes(4));
        }
        assertThat(user.isSignInLockedAt(t)).isFalse();
    }

    @Test
    void success_resets_the_count() {
        AppUser user = user();
        for (int i = 0; i < MAX - 1; i++) {
            user.recordFailedSignIn(T0, MAX, WINDOW, LOCK);
        }
        user.recordSuccessfulSignIn(T0.plusSeconds(1));
        assertThat(user.recordFailedSignIn(T0.plusSeconds(2), MAX, WINDOW, LOCK)).isFalse();
        assertThat(user.lastSignInAt()).isEqualTo(T0.plusSeconds(1));
    }
}
