package com.clintrack.tracker;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks drafts and collects one message per field; services throw the result as InvalidInputException. */
final class Validation {

    private final Messages messages;
    private final Map<String, String> errors = new LinkedHashMap<>();

    Validation(Messages messages) {
        this.messages = messages;
    }

    static void check(Messages messages, ApplicationDraft draft) {
        Validation v = new Validation(messages);
        v.application(draft);
        v.throwIfAny();
    }

    static void check(Messages messages, ContactDraft draft) {
        Validation v = new Validation(messages);
        v.contact(draft);
        v.throwIfAny();
    }

    void application(ApplicationDraft d) {
        required("company", d.company(), TrackerLimits.COMPANY_MAX);
        required("title", d.title(), TrackerLimits.TITLE_MAX);
        max("location", d.location(), TrackerLimits.LOCATION_MAX);
        max("city", d.city(), TrackerLimits.CITY_MAX);
        max("state", d.state(), TrackerLimits.STATE_MAX);
        max("zip", d.zip(), TrackerLimits.ZIP_MAX);
        max("source", d.source(), TrackerLimits.SOURCE_MAX);
        max("postingText", d.postingText(), TrackerLimits.POSTING_TEXT_MAX);
        if (d.url() != null && !d.url().isBlank()) {
            if (!Links.isWebUrl(d.url())) {
                errors.put("url", messages.get("tracker.error.url"));
            } else {
                max("url", d.url(), TrackerLimits.URL_MAX);
            }
        }
        pay("salaryMin", d.salaryMin());
        pay("salaryMax", d.salaryMax());
        pay("expectedPay", d.expectedPay());
        pay("offeredPay", d.offeredPay());
        if (d.salaryMin() != null && d.salaryMax() != null && d.salaryMin().compareTo(d.salaryMax()) > 0) {
            errors.putIfAbsent("salaryMax", messages.get("tracker.error.salaryRange"));
        }
        if (d.priority() != null && (d.priority() < TrackerLimits.PRIORITY_MIN
                || d.priority() > TrackerLimits.PRIORITY_MAX)) {
            errors.put("priority", messages.get("tracker.error.priority", TrackerLimits.PRIORITY_MIN,
                    TrackerLimits.PRIORITY_MAX));
        }
        if (d.stage() == Stage.CLOSED && d.closedReason() == null) {
            errors.put("closedReason", messages.get("tracker.error.closedReason"));
        }
        tags(d.tags());
    }

    void contact(ContactDraft d) {
        required("name", d.name(), TrackerLimits.CONTACT_NAME_MAX);
        max("email", d.email(), TrackerLimits.EMAIL_MAX);
        if (d.email() != null && !d.email().isBlank() && !d.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.putIfAbsent("email", messages.get("tracker.error.email"));
        }
        max("phone", d.phone(), TrackerLimits.PHONE_MAX);
        max("notes", d.notes(), TrackerLimits.CONTACT_NOTES_MAX);
        if (d.linkedinUrl() != null && !d.linkedinUrl().isBlank()) {
            if (!Links.isWebUrl(d.linkedinUrl())) {
                errors.put("linkedinUrl", messages.get("tracker.error.url"));
            } else {
                max("linkedinUrl", d.linkedinUrl(), TrackerLimits.LINKEDIN_MAX);
            }
        }
    }

    void tags(@Nullable List<String> tags) {
        if (tags == null) {
            return;
        }
        List<String> clean = Tags.normalize(tags);
        if (clean.stream().anyMatch(t -> t.length() > TrackerLimits.TAG_MAX)) {
            errors.put("tags", messages.get("tracker.error.tagLength", TrackerLimits.TAG_MAX));
        } else if (Tags.toColumn(clean).length() > TrackerLimits.TAGS_MAX) {
            errors.put("tags", messages.get("tracker.error.tooManyTags"));
        }
    }

    void required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, messages.get("tracker.error.required"));
        } else {
            max(field, value, max);
        }
    }

    void max(String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, messages.get("tracker.error.tooLong", max));
        }
    }

    private void pay(String field, @Nullable BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.precision() - value.scale()
                > TrackerLimits.PAY_PRECISION - TrackerLimits.PAY_SCALE)) {
            errors.put(field, messages.get("tracker.error.pay"));
        }
    }

    void put(String field, String message) {
        errors.put(field, message);
    }

    Map<String, String> errors() {
        return errors;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
