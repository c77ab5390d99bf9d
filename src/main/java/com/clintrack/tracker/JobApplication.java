package com.clintrack.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A job application. Rows moved to the trash (deleted_at set) are invisible to every query. */
@Entity
@Table(name = "job_application")
@SQLRestriction("deleted_at is null")
class JobApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = TrackerLimits.COMPANY_MAX)
    private String company = "";

    @Column(nullable = false, length = TrackerLimits.TITLE_MAX)
    private String title = "";

    @Column(length = TrackerLimits.LOCATION_MAX)
    private @Nullable String location;

    @Column(length = TrackerLimits.CITY_MAX)
    private @Nullable String city;

    @Column(length = TrackerLimits.STATE_MAX)
    private @Nullable String state;

    @Column(length = TrackerLimits.ZIP_MAX)
    private @Nullable String zip;

    @Column(length = TrackerLimits.URL_MAX)
    private @Nullable String url;

    @Column(length = TrackerLimits.SOURCE_MAX)
    private @Nullable String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", length = 16)
    private @Nullable EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable Shift shift;

    @Enumerated(EnumType.STRING)
    @Column(length = TrackerLimits.ENUM_MAX)
    private @Nullable CareSetting setting;

    @Column(name = "salary_min", precision = TrackerLimits.PAY_PRECISION, scale = TrackerLimits.PAY_SCALE)
    private @Nullable BigDecimal salaryMin;

    @Column(name = "salary_max", precision = TrackerLimits.PAY_PRECISION, scale = TrackerLimits.PAY_SCALE)
    private @Nullable BigDecimal salaryMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "salary_period", length = 8)
    private @Nullable SalaryPeriod salaryPeriod;

    @Column(name = "expected_pay", precision = TrackerLimits.PAY_PRECISION, scale = TrackerLimits.PAY_SCALE)
    private @Nullable BigDecimal expectedPay;

    @Column(name = "offered_pay", precision = TrackerLimits.PAY_PRECISION, scale = TrackerLimits.PAY_SCALE)
    private @Nullable BigDecimal offeredPay;

    @Column(name = "posting_text", length = TrackerLimits.POSTING_TEXT_MAX)
    private @Nullable String postingText;

    @Column(nullable = false)
    private int priority = TrackerLimits.PRIORITY_DEFAULT;

    @Column(nullable = false, length = TrackerLimits.TAGS_MAX)
    private String tags = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stage stage = Stage.SAVED;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 16)
    private @Nullable ClosedReason closedReason;

    /** The furthest pipeline rank ever reached; the funnel counts it. */
    @Column(name = "furthest_rank", nullable = false)
    private int furthestRank;

    @Column(name = "applied_on")
    private @Nullable LocalDate appliedOn;

    @Column(name = "match_key", nullable = false, length = TrackerLimits.MATCH_KEY_MAX)
    private String matchKey = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt = Instant.EPOCH;

    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt = Instant.EPOCH;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "resume_version_id")
    private @Nullable Long resumeVersionId;

    @Column(name = "cover_letter_version_id")
    private @Nullable Long coverLetterVersionId;

    @Version
    private long version;

    protected JobApplication() {
    }

    JobApplication(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastActivityAt = now;
        this.stageChangedAt = now;
    }

    /** Copies the editable fields; the draft was validated by the service. Stage moves go through {@link #moveTo}. */
    void apply(ApplicationDraft draft, Instant now) {
        this.company = Objects.requireNonNull(draft.company()).strip();
        this.title = Objects.requireNonNull(draft.title()).strip();
        this.city = clean(draft.city());
        this.state = clean(draft.state());
        this.zip = clean(draft.zip());
        String loc = clean(draft.location());
        this.location = loc != null ? loc : composeLocation(city, state, zip);
        this.url = DuplicateMatcher.normalizeUrl(draft.url());
        this.source = clean(draft.source());
        this.employmentType = draft.employmentType();
        this.shift = draft.shift();
        this.setting = draft.setting();
        this.salaryMin = draft.salaryMin();
        this.salaryMax = draft.salaryMax();
        this.salaryPeriod = draft.salaryPeriod();
        this.expectedPay = draft.expectedPay();
        this.offeredPay = draft.offeredPay();
        this.postingText = clean(draft.postingText());
        this.priority = draft.priority() == null ? TrackerLimits.PRIORITY_DEFAULT : draft.priority();
        this.tags = Tags.toColumn(draft.tags() == null ? List.of() : Tags.normalize(draft.tags()));
        if (draft.appliedOn() != null) {
            this.appliedOn = draft.appliedOn();
            this.furthestRank = Math.max(furthestRank, Stage.APPLIED.rank());
        }
        // The documents sent are recorded only through recordDocumentsSent, which checks they are the owner's.
        this.matchKey = DuplicateMatcher.matchKey(company, title);
        touch(now);
    }

    /**
     * Moves to a stage (any move is allowed). CLOSED keeps its reason, other stages clear it; APPLIED
     * sets the applied date when it is empty.
     */
    void moveTo(Stage target, @Nullable ClosedReason reason, LocalDate today, Instant now) {
        if (target == Stage.CLOSED && reason == null) {
            throw new IllegalArgumentException("CLOSED needs a reason");
        }
        this.stage = target;
        this.closedReason = target == Stage.CLOSED ? reason : null;
        if (target == Stage.APPLIED && appliedOn == null) {
            this.appliedOn = today;
        }
        this.furthestRank = Math.max(furthestRank, target.rank());
        this.stageChangedAt = now;
        touch(now);
    }

    void recordDocumentsSent(@Nullable Long resumeVersion, @Nullable Long coverLetterVersion, Instant now) {
        this.resumeVersionId = resumeVersion;
        this.coverLetterVersionId = coverLetterVersion;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
        this.lastActivityAt = now;
    }

    void replaceTags(List<String> newTags, Instant now) {
        this.tags = Tags.toColumn(Tags.normalize(newTags));
        this.updatedAt = now;
    }

    static @Nullable String composeLocation(@Nullable String city, @Nullable String state, @Nullable String zip) {
        StringBuilder out = new StringBuilder();
        if (city != null) {
            out.append(city);
        }
        if (state != null) {
            out.append(out.isEmpty() ? "" : ", ").append(state);
        }
        if (zip != null) {
            out.append(out.isEmpty() ? "" : " ").append(zip);
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    TrackedApplication toRecord() {
        return new TrackedApplication(id(), company, title, location, city, state, zip, url, source, employmentType,
                shift, setting, salaryMin, salaryMax, salaryPeriod, expectedPay, offeredPay, postingText, stage,
                closedReason, priority, Tags.fromColumn(tags), appliedOn, createdAt, updatedAt, lastActivityAt,
                stageChangedAt, resumeVersionId, coverLetterVersionId, version);
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long ownerId() {
        return ownerId;
    }

    Stage stage() {
        return stage;
    }

    @Nullable ClosedReason closedReason() {
        return closedReason;
    }

    List<String> tags() {
        return Tags.fromColumn(tags);
    }

    @Nullable LocalDate appliedOn() {
        return appliedOn;
    }

    int furthestRank() {
        return furthestRank;
    }

    long version() {
        return version;
    }

    String company() {
        return company;
    }

    String title() {
        return title;
    }
}
