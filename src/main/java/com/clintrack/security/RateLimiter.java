package com.clintrack.security;

import com.clintrack.base.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-IP limits on the actions an attacker would repeat: sign-in, registration, password reset and
 * API token creation. Each action has its own bucket per address, refilled over one minute.
 */
@Component
public class RateLimiter {

    /** The throttled actions. */
    public enum Action { SIGN_IN, REGISTER, PASSWORD_RESET, TOKEN_CREATE }

    private static final Duration PERIOD = Duration.ofMinutes(1);
    private static final long CLEANUP_INTERVAL_MS = 10 * 60 * 1000L;

    private final long perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(@Value("${clintrack.security.rate-limit.per-ip-per-minute:20}") long perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("clintrack.security.rate-limit.per-ip-per-minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    /** Takes one token, or answers false when this address used up its minute. */
    public boolean tryAcquire(Action action, String ip) {
        return buckets.computeIfAbsent(action + "|" + ip, key -> newBucket()).tryConsume(1);
    }

    /** Takes one token, or throws {@link TooManyRequestsException}. */
    public void acquire(Action action, String ip) {
        if (!tryAcquire(action, ip)) {
            throw new TooManyRequestsException();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD)).build();
    }

    /** Full buckets carry no information: drop them so the map stays small. */
    @Scheduled(fixedDelay = CLEANUP_INTERVAL_MS)
    void forgetIdleAddresses() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
    }
}
