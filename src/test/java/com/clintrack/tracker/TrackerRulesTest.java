package com.clintrack.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit tests of the tracker's domain rules: stages, duplicates, tags, filters and CSV mapping. */
class TrackerRulesTest {

    private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2025-05-01");

    private static JobApplication application() {
        JobApplication a = new JobApplication(1L, NOW);
        a.apply(ApplicationDraft.quick("Mercy", "EKG Tech", null, null, null), NOW);
        return a;
    }

    @Test
    void movingToAppliedSetsTheAppliedDateOnlyWhenEmpty() {
        JobApplication a = application();
        a.moveTo(Stage.APPLIED, null, TODAY, NOW);
        assertThat(a.appliedOn()).isEqualTo(TODAY);
        a.moveTo(Stage.SAVED, null, TODAY, NOW);
        a.moveTo(Stage.APPLIED, null, TODAY.plusDays(3), NOW);
        assertThat(a.appliedOn()).isEqualTo(TODAY);
    }

    @Test
    void anyMoveIsAllowedAndClosedKeepsOnlyItsOwnReason() {
        JobApplication a = application();
        a.moveTo(Stage.OFFER, null, TODAY, NOW);
        a.moveTo(Stage.CLOSED, ClosedReason.DECLINED, TODAY, NOW);
        assertThat(a.closedReason()).isEqualTo(ClosedReason.DECLINED);
        a.moveTo(Stage.SAVED, ClosedReason.DECLINED, TODAY, NOW);
        assertThat(a.stage()).isEqualTo(Stage.SAVED);
        assertThat(a.closedReason()).isNull();
        assertThatThrownBy(() -> a.moveTo(Stage.CLOSED, null, TODAY, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void furthestRankNeverGoesBack() {
        JobApplication a = application();
        a.moveTo(Stage.INTERVIEWING, null, TODAY, NOW);
        a.moveTo(Stage.CLOSED, ClosedReason.REJECTED, TODAY, NOW);
        a.moveTo(Stage.APPLIED, null, TODAY, NOW);
        assertThat(a.stage()).isEqualTo(Stage.APPLIED);
        assertThat(a.furthestRank()).isEqualTo(Stage.INTERVIEWING.rank());
    }

    @Test
    void duplicateMatcherIgnoresCasePunctuationAndAccents() {
        assertThat(DuplicateMatcher.matchKey("St. Mary’s Hospital", "Clinical Technician – Nights"))
                .isEqualTo(DuplicateMatcher.matchKey("st marys  hospital", "clinical technician nights"));
        assertThat(DuplicateMatcher.matchKey("Café Clinic", "Tech")).isEqualTo(DuplicateMatcher.matchKey("cafe clinic", "TECH"));
        assertThat(DuplicateMatcher.matchKey("Mercy", "EKG Tech")).isNotEqualTo(DuplicateMatcher.matchKey("Mercy", "Lab Tech"));
        assertThat(DuplicateMatcher.sameJob("https://x.example/job/1/", "A", "B", "https://x.example/job/1#apply",
                "C", "D")).isTrue();
        assertThat(DuplicateMatcher.sameJob(null, "A", "B", null, "C", "D")).isFalse();
    }

    @Test
    void onlyWebUrlsAreLinks() {
        assertThat(Links.isWebUrl("https://example.com/jobs?id=1")).isTrue();
        assertThat(Links.isWebUrl("http://example.com")).isTrue();
        assertThat(Links.isWebUrl("javascript:alert(1)")).isFalse();
        assertThat(Links.isWebUrl("ftp://example.com")).isFalse();
        assertThat(Links.isWebUrl("mailto:x@example.com")).isFalse();
        assertThat(Links.isWebUrl("not a url")).isFalse();
    }

    @Test
    void tagsAreNormalizedAndMatchedExactly() {
        assertThat(Tags.parse(" ICU, nights;ICU ")).containsExactly("icu", "nights");
        assertThat(Tags.toColumn(List.of("icu", "nights"))).isEqualTo(",icu,nights,");
        assertThat(Tags.fromColumn(",icu,nights,")).containsExactly("icu", "nights");
        assertThat(Tags.likePattern("ICU")).isEqualTo("%,icu,%");
        assertThat(Tags.likePattern("50%_off")).isEqualTo("%,50\\%\\_off,%");
    }

    @Test
    void filterRoundTripsThroughTheUrl() {
        ApplicationFilter filter = new ApplicationFilter(Stage.APPLIED, "icu", "Indeed", CareSetting.LAB,
                Shift.NIGHTS, "st mary's & co");
        ApplicationFilter back = ApplicationFilter.fromQueryString(filter.toQueryString());
        assertThat(back).isEqualTo(filter);
        assertThat(ApplicationFilter.fromParameters(Map.of("stage", List.of("bogus"))).stage()).isNull();
        assertThat(ApplicationFilter.NONE.isEmpty()).isTrue();
    }

    @Test
    void csvHeadersOfOtherTrackersAreRecognised() {
        assertThat(CsvMapping.fieldOf("Company Name")).contains(CsvField.COMPANY);
        assertThat(CsvMapping.fieldOf("company")).contains(CsvField.COMPANY);
        assertThat(CsvMapping.fieldOf("Job Title")).contains(CsvField.TITLE);
        assertThat(CsvMapping.fieldOf("Position")).contains(CsvField.TITLE);
        assertThat(CsvMapping.fieldOf("Title")).contains(CsvField.TITLE);
        assertThat(CsvMapping.fieldOf("Status")).contains(CsvField.STAGE);
        assertThat(CsvMapping.fieldOf("Stage")).contains(CsvField.STAGE);
        assertThat(CsvMapping.fieldOf("Date Applied")).contains(CsvField.APPLIED_ON);
        assertThat(CsvMapping.fieldOf("applied")).contains(CsvField.APPLIED_ON);
        assertThat(CsvMapping.fieldOf("URL")).contains(CsvField.URL);
        assertThat(CsvMapping.fieldOf("Link")).contains(CsvField.URL);
        assertThat(CsvMapping.fieldOf("Job URL")).contains(CsvField.URL);
        assertThat(CsvMapping.fieldOf("Location")).contains(CsvField.LOCATION);
        assertThat(CsvMapping.fieldOf("Salary")).contains(CsvField.SALARY);
        assertThat(CsvMapping.fieldOf("\uFEFFCompany")).contains(CsvField.COMPANY);
        assertThat(CsvMapping.fieldOf("Favourite colour")).isEmpty();
        assertThat(CsvMapping.mapHeaders(List.of("Company", "Company Name", "Title")))
                .containsOnlyKeys("Company", "Title");
    }

    @Test
    void statusWordsMapOntoStages() {
        assertThat(CsvMapping.stageOf("Wishlist")).contains(new CsvMapping.StageAndReason(Stage.SAVED, null));
        assertThat(CsvMapping.stageOf("Bookmarked")).contains(new CsvMapping.StageAndReason(Stage.SAVED, null));
        assertThat(CsvMapping.stageOf("applied")).contains(new CsvMapping.StageAndReason(Stage.APPLIED, null));
        assertThat(CsvMapping.stageOf("Phone Screen")).contains(new CsvMapping.StageAndReason(Stage.SCREENING, null));
        assertThat(CsvMapping.stageOf("Interviewing")).contains(new CsvMapping.StageAndReason(Stage.INTERVIEWING, null));
        assertThat(CsvMapping.stageOf("Offer Received")).contains(new CsvMapping.StageAndReason(Stage.OFFER, null));
        assertThat(CsvMapping.stageOf("Hired")).contains(new CsvMapping.StageAndReason(Stage.ACCEPTED, null));
        assertThat(CsvMapping.stageOf("Rejected"))
                .contains(new CsvMapping.StageAndReason(Stage.CLOSED, ClosedReason.REJECTED));
        assertThat(CsvMapping.stageOf("No response"))
                .contains(new CsvMapping.StageAndReason(Stage.CLOSED, ClosedReason.GHOSTED));
        assertThat(CsvMapping.stageOf("Withdrew"))
                .contains(new CsvMapping.StageAndReason(Stage.CLOSED, ClosedReason.WITHDRAWN));
        assertThat(CsvMapping.stageOf("Sleeping")).isEmpty();
    }

    @Test
    void datesAndPayAreRead() {
        assertThat(CsvMapping.dateOf("2025-03-14")).contains(LocalDate.of(2025, 3, 14));
        assertThat(CsvMapping.dateOf("3/14/2025")).contains(LocalDate.of(2025, 3, 14));
        assertThat(CsvMapping.dateOf("Mar 14, 2025")).contains(LocalDate.of(2025, 3, 14));
        assertThat(CsvMapping.dateOf("2025-03-14T09:30:00Z")).contains(LocalDate.of(2025, 3, 14));
        assertThat(CsvMapping.dateOf("soon")).isEmpty();
        assertThat(CsvMapping.payOf("$18 - $22/hr")).contains(new CsvMapping.Pay(new BigDecimal("18"),
                new BigDecimal("22"), SalaryPeriod.HOURLY));
        assertThat(CsvMapping.payOf("$45,000 - $55,000")).contains(new CsvMapping.Pay(new BigDecimal("45000"),
                new BigDecimal("55000"), SalaryPeriod.YEARLY));
        assertThat(CsvMapping.payOf("50k a year").orElseThrow().min()).isEqualByComparingTo("50000");
        assertThat(CsvMapping.payOf("21.50").orElseThrow().period()).isEqualTo(SalaryPeriod.HOURLY);
        assertThat(CsvMapping.payOf("competitive")).isEmpty();
        assertThat(CsvMapping.enumOf(EmploymentType.class, "PRN")).contains(EmploymentType.PER_DIEM);
        assertThat(CsvMapping.enumOf(EmploymentType.class, "Full-time")).contains(EmploymentType.FULL_TIME);
        assertThat(CsvMapping.enumOf(Shift.class, "night shift")).contains(Shift.NIGHTS);
        assertThat(CsvMapping.enumOf(CareSetting.class, "Physician's office")).contains(CareSetting.PHYSICIAN_OFFICE);
    }

    @Test
    void exportedCellsCannotRunAsSpreadsheetFormulas() {
        assertThat(TrackerTransferService.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TrackerTransferService.safe("Mercy")).isEqualTo("Mercy");
    }
}
