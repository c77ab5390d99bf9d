package com.clintrack.tracker;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An application as the views and the API see it. Field names are the API's JSON names. */
public record TrackedApplication(
        long id,
        String company,
        String title,
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
        Stage stage,
        @Nullable ClosedReason closedReason,
        int priority,
        List<String> tags,
        @Nullable LocalDate appliedOn,
        Instant createdAt,
        Instant updatedAt,
        Instant lastActivityAt,
        Instant stageChangedAt,
        @Nullable Long resumeVersionId,
        @Nullable Long coverLetterVersionId,
        long version) {

    /** Back into a draft, for editing. */
    public ApplicationDraft toDraft() {
        return new ApplicationDraft(company, title, location, city, state, zip, url, source, employmentType, shift,
                setting, salaryMin, salaryMax, salaryPeriod, expectedPay, offeredPay, postingText, stage, closedReason,
                priority, tags, appliedOn, resumeVersionId, coverLetterVersionId, version);
    }
}
