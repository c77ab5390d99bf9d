package com.clintrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.base.TooManyRequestsException;
import com.clintrack.security.RateLimiter.Action;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allows_the_configured_number_per_minute_then_refuses() {
        RateLimiter limiter = new RateLimiter(3);
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1")).isFalse();
        assertThatThrownBy(() -> limiter.acquire(Action.SIGN_IN, "10.0.0.1"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void counts_each_address_and_each_action_on_its_own() {
        RateLimiter limiter = new RateLimiter(1);
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.2")).isTrue();
        assertThat(limiter.tryAcquire(Action.REGISTER, "10.0.0.1")).isTrue();
    }

    @Test
    void forgets_only_addresses_with_full_buckets() {
        RateLimiter limiter = new RateLimiter(2);
        limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1");
        limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1");
        limiter.forgetIdleAddresses();
        assertThat(limiter.tryAcquire(Action.SIGN_IN, "10.0.0.1")).isFalse();
    }

    @Test
    void rejects_a_limit_below_one() {
        assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
