package com.clintrack.account;

import com.clintrack.base.Messages;
import com.clintrack.security.PasswordPolicy;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Field rules for accounts, with messages keyed by field name. */
@Component
class AccountValidation {

    /** Deliberately loose: one @, something before it and a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PasswordPolicy passwordPolicy;
    private final Messages messages;

    AccountValidation(PasswordPolicy passwordPolicy, Messages messages) {
        this.passwordPolicy = passwordPolicy;
        this.messages = messages;
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    Map<String, String> check(Registration registration) {
        Map<String, String> errors = new LinkedHashMap<>();
        emailError(registration.email()).ifPresent(message -> errors.put("email", message));
        String name = registration.displayName() == null ? "" : registration.displayName().strip();
        if (name.isEmpty()) {
            errors.put("displayName", messages.get("account.displayName.required"));
        } else if (name.length() > AccountLimits.DISPLAY_NAME_MAX) {
            errors.put("displayName", messages.get("account.displayName.tooLong", AccountLimits.DISPLAY_NAME_MAX));
        }
        passwordError(registration.password(), registration.email())
                .ifPresent(message -> errors.put("password", message));
        if (!isZone(registration.timeZone())) {
            errors.put("timeZone", messages.get("account.timeZone.invalid"));
        }
        return errors;
    }

    Optional<String> emailError(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of(messages.get("account.email.required"));
        }
        String clean = email.strip();
        if (clean.length() > AccountLimits.EMAIL_MAX || !EMAIL.matcher(clean).matches()) {
            return Optional.of(messages.get("account.email.invalid"));
        }
        return Optional.empty();
    }

    Optional<String> passwordError(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(messages.get("password.policy.required"));
        }
        return passwordPolicy.check(password, email == null ? "" : email)
                .map(violation -> messages.get(violation.messageKey(), PasswordPolicy.MIN_LENGTH,
                        PasswordPolicy.MAX_LENGTH));
    }

    static boolean isZone(String zone) {
        if (zone == null || zone.isBlank() || zone.length() > AccountLimits.TIME_ZONE_MAX) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
