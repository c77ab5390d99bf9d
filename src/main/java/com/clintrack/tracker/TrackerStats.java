package com.clintrack.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The tracker's dashboard figures, all aggregated in SQL. */
public record TrackerStats(Map<Stage, Long> byStage, List<FunnelStep> funnel, List<SourceResponse> responseBySource,
        List<ResumeVersionResponse> responseByResumeVersion,
        List<WeekCount> perWeek, long followUpsDue, List<FollowUpEntry> dueFollowUps, long stale,
        List<TrackedApplication> staleApplications) {

    /** How many applications reached a funnel stage, and the share of the previous step that did. */
    public record FunnelStep(Stage stage, long reached, @Nullable Double rateFromPrevious) {
    }

    /** Of the applications sent through a source, how many got any answer (a screen or later, or a rejection). */
    public record SourceResponse(String source, long applied, long responded) {
        public double rate() {
            return applied == 0 ? 0 : (double) responded / applied;
        }
    }

    /**
     * The same answer rate per resume version sent; {@code label} names the resume and version (from the
     * documents feature), or is empty when that version is gone.
     */
    public record ResumeVersionResponse(long resumeVersionId, String label, long applied, long responded) {
        public double rate() {
            return applied == 0 ? 0 : (double) responded / applied;
        }
    }

    /** Applications with an applied date in the week starting on {@code weekStart} (Monday). */
    public record WeekCount(LocalDate weekStart, long count) {
    }

    public long total() {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }
}
