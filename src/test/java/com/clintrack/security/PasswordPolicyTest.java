package com.clintrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.security.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final String EMAIL = "sam.tech@example.com";

    @Test
    void accepts_twelve_code_points_of_any_kind() {
        assertThat(POLICY.check("ordinary tea", EMAIL)).isEmpty();
        assertThat(POLICY.check("ü".repeat(64), EMAIL)).isEmpty();
    }

    @Test
    void counts_code_points_not_chars() {
        String twelveEmoji = "\uD83E\uDE7A".repeat(12); // 12 code points, 24 UTF-16 chars
        assertThat(twelveEmoji.length()).isEqualTo(24);
        assertThat(POLICY.check(twelveEmoji, EMAIL)).isEmpty();
        assertThat(POLICY.check("\uD83E\uDE7A".repeat(11), EMAIL)).contains(Violation.TOO_SHORT);
    }

    @Test
    void refuses_eleven_characters() {
        assertThat(POLICY.check("abcdefghijk", EMAIL)).contains(Violation.TOO_SHORT);
    }

    @Test
    void refuses_more_than_128_code_points() {
        assertThat(POLICY.check("é".repeat(129), EMAIL)).contains(Violation.TOO_LONG);
        assertThat(POLICY.check("é".repeat(128), EMAIL)).isEmpty();
    }

    @Test
    void has_no_composition_rules() {
        assertThat(POLICY.check("all lower case words", EMAIL)).isEmpty();
        assertThat(POLICY.check("7391846205738291", EMAIL)).isEmpty();
    }

    @Test
    void refuses_common_passwords_whatever_their_case() {
        assertThat(POLICY.check("qwerty123456", EMAIL)).contains(Violation.COMMON);
        assertThat(POLICY.check("QWERTY123456", EMAIL)).contains(Violation.COMMON);
        assertThat(POLICY.check("1q2w3e4r5t6y", EMAIL)).contains(Violation.COMMON);
    }

    @Test
    void refuses_the_users_own_email() {
        assertThat(POLICY.check("Sam.Tech@Example.com", EMAIL)).contains(Violation.SAME_AS_EMAIL);
    }
}
