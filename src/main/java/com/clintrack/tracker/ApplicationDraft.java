package com.clintrack.tracker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters for an application. On create a null stage means SAVED; on update {@code version}
 * must be the version that was read, and a different stage is a move with a history row.
 */
public record ApplicationDraft(
        @Nullable String company,
        @Nullable String title,
        @Nullable String location,
        @Nullable String city,
        @Nullable String state,
        @Nullable String zip,
        @Nullable String url,
        @Nullable String source,
        @Nullable EmploymentType employmentType,
        @Nullable Shift shift,
        @Nullable CareSetting setting,
        @Nullable BigDecimal salaryMin,
        @Nullable BigDecimal salaryMax,
        @Nullable SalaryPeriod salaryPeriod,
        @Nullable BigDecimal expectedPay,
        @Nullable BigDecimal offeredPay,
        @Nullable String postingText,
        @Nullable Stage stage,
        @Nullable ClosedReason closedReason,
        @Nullable Integer priority,
        @Nullable List<String> tags,
        @Nullable LocalDate appliedOn,
        @Nullable Long resumeVersionId,
        @Nullable Long coverLetterVersionId,
        @Nullable Long version) {

    /** Only the essentials, as quick add takes them. */
    public static ApplicationDraft quick(String company, String title, @Nullable String url, @Nullable String source,
            @Nullable Stage stage) {
        return new ApplicationDraft(company, title, null, null, null, null, url, source, null, null, null, null, null,
                null, null, null, null, stage, null, null, null, null, null, null, null);
    }

    public ApplicationDraft withVersion(@Nullable Long newVersion) {
        return new ApplicationDraft(company, title, location, city, state, zip, url, source, employmentType, shift,
                setting, salaryMin, salaryMax, salaryPeriod, expectedPay, offeredPay, postingText, stage, closedReason,
                priority, tags, appliedOn, resumeVersionId, coverLetterVersionId, newVersion);
    }
}
