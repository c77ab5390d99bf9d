package com.clintrack.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.springframework.stereotype.Component;

/**
 * The password rules of ASVS 2.1: 12 to 128 Unicode code points, any characters, no composition
 * rules, not a known common password and not the user's own email.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS_DICTIONARY = "passwords";

    /** Why a password was refused; each one is a message key under {@code password.policy.}. */
    public enum Violation {
        TOO_SHORT, TOO_LONG, COMMON, SAME_AS_EMAIL;

        public String messageKey() {
            return "password.policy." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this.commonPasswords = ConfigurationBuilder.getDefaultDictionaries().stream()
                .filter(dictionary -> COMMON_PASSWORDS_DICTIONARY.equals(dictionary.getDictionaryName()))
                .map(Dictionary::getDictonary)
                .flatMap(words -> words.keySet().stream())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (commonPasswords.isEmpty()) {
            throw new IllegalStateException("The common-password list of nbvcxz could not be loaded");
        }
    }

    /** The first rule the password breaks, if any. */
    public Optional<Violation> check(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!email.isBlank() && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Violation.SAME_AS_EMAIL);
        }
        if (commonPasswords.contains(lower)) {
            return Optional.of(Violation.COMMON);
        }
        return Optional.empty();
    }
}
