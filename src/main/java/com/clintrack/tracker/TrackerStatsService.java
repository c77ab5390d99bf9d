package com.clintrack.tracker;

import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker dashboard: counts by stage, funnel, response rate by source, applications per week,
 * follow-ups due and stale applications. A fixed number of grouped SQL queries, whatever the data size.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TrackerStatsService {

    public static final int WEEKS = 12;
    public static final int LIST_LIMIT = 5;
    /** Stages in which silence makes an application stale. */
    static final List<Stage> WAITING_STAGES = List.of(Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER);
    static final String NO_SOURCE = "";

    private final TrackerService tracker;
    private final JobApplicationRepository applications;
    private final FollowUpRepository followUps;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<SentDocumentLabels> documentLabels;

    TrackerStatsService(TrackerService tracker, JobApplicationRepository applications, FollowUpRepository followUps,
            CurrentUser currentUser, Clock clock, ObjectProvider<SentDocumentLabels> documentLabels) {
        this.documentLabels = documentLabels;
        this.tracker = tracker;
        this.applications = applications;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TrackerStats stats() {
        long owner = currentUser.id();
        LocalDate today = tracker.today();
        var staleBefore = clock.instant().minus(Duration.ofDays(TrackerLimits.STALE_AFTER_DAYS));
        return new TrackerStats(tracker.countsByStage(), funnel(owner), responses(owner),
                responsesByResumeVersion(owner), perWeek(owner, today),
                followUps.countOpenDue(owner, today),
                followUps.findOpenDue(owner, today, PageRequest.of(0, LIST_LIMIT)),
                applications.countInactive(owner, WAITING_STAGES, staleBefore),
                applications.findInactive(owner, WAITING_STAGES, staleBefore, PageRequest.of(0, LIST_LIMIT)).stream()
                        .map(JobApplication::toRecord).toList());
    }

    private List<TrackerStats.FunnelStep> funnel(long owner) {
        Map<Integer, Long> byRank = new LinkedHashMap<>();
        for (Object[] row : applications.countByFurthestRank(owner)) {
            byRank.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return funnel(byRank);
    }

    /** Reached(stage) = applications whose furthest rank is at least the stage's rank. */
    static List<TrackerStats.FunnelStep> funnel(Map<Integer, Long> countByFurthestRank) {
        List<TrackerStats.FunnelStep> steps = new ArrayList<>();
        Long previous = null;
        for (Stage stage : Stage.FUNNEL) {
            long reached = countByFurthestRank.entrySet().stream().filter(e -> e.getKey() >= stage.rank())
                    .mapToLong(Map.Entry::getValue).sum();
            Double rate = previous == null ? null : previous == 0 ? 0.0 : (double) reached / previous;
            steps.add(new TrackerStats.FunnelStep(stage, reached, rate));
            previous = reached;
        }
        return steps;
    }

    private List<TrackerStats.SourceResponse> responses(long owner) {
        List<TrackerStats.SourceResponse> out = new ArrayList<>();
        for (Object[] row : applications.responsesBySource(owner, Stage.APPLIED.rank(), Stage.SCREENING.rank(),
                ClosedReason.REJECTED)) {
            out.add(new TrackerStats.SourceResponse(row[0] == null ? NO_SOURCE : (String) row[0],
                    ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        out.sort(Comparator.comparingLong(TrackerStats.SourceResponse::applied).reversed()
                .thenComparing(TrackerStats.SourceResponse::source));
        return out;
    }

    /** Grouped in SQL; the labels come in one more query, only when some application recorded a version. */
    private List<TrackerStats.ResumeVersionResponse> responsesByResumeVersion(long owner) {
        List<Object[]> rows = applications.responsesByResumeVersion(owner, Stage.APPLIED.rank(),
                Stage.SCREENING.rank(), ClosedReason.REJECTED);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        SentDocumentLabels labels = documentLabels.getIfAvailable();
        Map<Long, String> names = labels == null ? Map.of() : labels.resumeVersionLabels(ids);
        List<TrackerStats.ResumeVersionResponse> out = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            out.add(new TrackerStats.ResumeVersionResponse(id, names.getOrDefault(id, NO_SOURCE),
                    ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        out.sort(Comparator.comparingLong(TrackerStats.ResumeVersionResponse::applied).reversed()
                .thenComparing(TrackerStats.ResumeVersionResponse::label)
                .thenComparingLong(TrackerStats.ResumeVersionResponse::resumeVersionId));
        return out;
    }

    private List<TrackerStats.WeekCount> perWeek(long owner, LocalDate today) {
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(WEEKS - 1L);
        Map<LocalDate, Long> weeks = new LinkedHashMap<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.put(first.plusWeeks(i), 0L);
        }
        for (Object[] row : applications.countByAppliedOn(owner, first)) {
            LocalDate day = (LocalDate) row[0];
            LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfPresent(week, (k, v) -> v + ((Number) row[1]).longValue());
        }
        return weeks.entrySet().stream().map(e -> new TrackerStats.WeekCount(e.getKey(), e.getValue())).toList();
    }
}
