package com.clintrack.tracker.ui;

import com.clintrack.tracker.FollowUpEntry;
import com.clintrack.tracker.FollowUpSuggestion;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import com.clintrack.tracker.TrackerStats;
import com.clintrack.tracker.TrackerStatsService;
import com.clintrack.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The tracker's dashboard widgets, for the dashboard to embed: counts by stage, funnel, response rate by
 * source, applications per week (server-side SVG), follow-ups due with suggestions, and stale
 * applications. Add it with {@code add(new TrackerDashboardPanel(trackerStatsService, trackerService))}.
 */
public class TrackerDashboardPanel extends Composite<Div> {

    private static final int SUGGESTIONS_SHOWN = 5;

    private final TrackerStatsService statsService;
    private final TrackerService tracker;

    public TrackerDashboardPanel(TrackerStatsService statsService, TrackerService tracker) {
        this.statsService = statsService;
        this.tracker = tracker;
        getContent().addClassName("tracker-dashboard");
        getContent().setId("tracker-dashboard");
        refresh();
    }

    /** Reloads every widget (a fixed number of SQL statements). */
    public void refresh() {
        TrackerStats stats = statsService.stats();
        Div root = getContent();
        root.removeAll();
        root.add(byStage(stats), funnel(stats), followUps(stats), stale(stats), perWeek(stats), sources(stats),
                resumeVersions(stats));
    }

    private Div card(String titleKey, String id, Component... content) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.add(content);
        card.addClassName("tracker-stat");
        card.setId(id);
        return card;
    }

    private Div byStage(TrackerStats stats) {
        Span total = new Span(String.valueOf(stats.total()));
        total.addClassName("tracker-stat-number");
        Div badges = new Div();
        for (Map.Entry<Stage, Long> entry : stats.byStage().entrySet()) {
            RouterLink link = new RouterLink("", ApplicationsView.class);
            link.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("stage", entry.getKey().name()));
            link.add(TrackerUi.stageBadge(entry.getKey(), getTranslation(entry.getKey().messageKey()) + " "
                    + entry.getValue()));
            badges.add(link);
        }
        return card("tracker.dash.byStage", "stat-by-stage", total, new Paragraph(getTranslation("tracker.dash.total")),
                badges);
    }

    private Div funnel(TrackerStats stats) {
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
        Div rows = new Div();
        for (TrackerStats.FunnelStep step : stats.funnel()) {
            String rate = step.rateFromPrevious() == null ? "" : " · " + percent.format(step.rateFromPrevious());
            Div row = new Div(TrackerUi.stageBadge(step.stage(), getTranslation(step.stage().messageKey())),
                    new Span(step.reached() + rate));
            row.addClassName("tracker-card-meta");
            rows.add(row);
        }
        return card("tracker.dash.funnel", "stat-funnel", rows,
                muted(getTranslation("tracker.dash.funnel.help")));
    }

    /** One row of a response-rate table: what was sent, how often, and the share that got an answer. */
    private record RateRow(String name, long applied, double rate) {
    }

    private Div sources(TrackerStats stats) {
        if (stats.responseBySource().isEmpty()) {
            return card("tracker.dash.sources", "stat-sources", muted(getTranslation("tracker.dash.none")));
        }
        return card("tracker.dash.sources", "stat-sources", rateTable("tracker.field.source",
                stats.responseBySource().stream().map(source -> new RateRow(source.source().isEmpty()
                        ? getTranslation("tracker.dash.noSource") : source.source(), source.applied(), source.rate()))
                        .toList()));
    }

    /** Response rate per resume version sent; the labels (resume title and version) come from documents. */
    private Div resumeVersions(TrackerStats stats) {
        if (stats.responseByResumeVersion().isEmpty()) {
            return card("tracker.dash.resumeVersions", "stat-resume-versions",
                    muted(getTranslation("tracker.dash.resumeVersions.none")));
        }
        return card("tracker.dash.resumeVersions", "stat-resume-versions", rateTable("tracker.dash.resumeVersion",
                stats.responseByResumeVersion().stream().map(row -> new RateRow(row.label().isEmpty()
                        ? getTranslation("tracker.dash.resumeVersion.gone") : row.label(), row.applied(), row.rate()))
                        .toList()),
                muted(getTranslation("tracker.dash.resumeVersions.help")));
    }

    /** A small HTML table; every text in it is escaped, user-entered names included. */
    private Html rateTable(String firstHeaderKey, List<RateRow> rows) {
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
        StringBuilder table = new StringBuilder("<table><thead><tr><th>")
                .append(HtmlUtils.htmlEscape(getTranslation(firstHeaderKey))).append("</th><th>")
                .append(HtmlUtils.htmlEscape(getTranslation("tracker.dash.applied"))).append("</th><th>")
                .append(HtmlUtils.htmlEscape(getTranslation("tracker.dash.responseRate")))
                .append("</th></tr></thead><tbody>");
        for (RateRow row : rows) {
            table.append("<tr><td>").append(HtmlUtils.htmlEscape(row.name())).append("</td><td>").append(row.applied())
                    .append("</td><td>").append(HtmlUtils.htmlEscape(percent.format(row.rate())))
                    .append("</td></tr>");
        }
        table.append("</tbody></table>");
        return new Html(table.toString());
    }

    private Div perWeek(TrackerStats stats) {
        String title = getTranslation("tracker.dash.perWeek");
        Html chart = new Html("<div class=\"tracker-chart\">" + WeeklyChart.svg(stats.perWeek(), title) + "</div>");
        Div card = card("tracker.dash.perWeek", "stat-per-week", chart);
        card.addClassName("tracker-stat-wide");
        return card;
    }

    private Div followUps(TrackerStats stats) {
        Span count = new Span(String.valueOf(stats.followUpsDue()));
        count.addClassName("tracker-stat-number");
        UnorderedList list = new UnorderedList();
        list.addClassName("tracker-plain-list");
        for (FollowUpEntry entry : stats.dueFollowUps()) {
            list.add(new ListItem(new RouterLink(entry.title() + " — " + entry.company(), ApplicationDetailView.class,
                    ApplicationDetailView.parameters(entry.applicationId())), muted(" " + TrackerUi.date(entry.dueOn()))));
        }
        Div card = card("tracker.dash.followUps", "stat-follow-ups", count, list);
        List<FollowUpSuggestion> suggestions = tracker.suggestions();
        if (!suggestions.isEmpty()) {
            UnorderedList suggested = new UnorderedList();
            suggested.addClassName("tracker-plain-list");
            suggested.setId("follow-up-suggestions");
            suggestions.stream().limit(SUGGESTIONS_SHOWN).forEach(s -> suggested.add(suggestion(s)));
            card.add(new H3(getTranslation("tracker.dash.suggestions")), suggested);
        }
        return card;
    }

    private ListItem suggestion(FollowUpSuggestion s) {
        RouterLink link = new RouterLink(s.company() + " — " + s.title(), ApplicationDetailView.class,
                ApplicationDetailView.parameters(s.applicationId()));
        boolean ghosted = s.kind() == FollowUpSuggestion.Kind.POSSIBLY_GHOSTED;
        Span text = muted(getTranslation(ghosted ? "tracker.suggest.ghosted" : "tracker.suggest.followUp",
                s.daysWithoutActivity()));
        Button accept = new Button(getTranslation(ghosted ? "tracker.suggest.confirmGhosted" : "tracker.suggest.accept"),
                e -> {
                    if (ghosted) {
                        tracker.confirmGhosted(s.applicationId());
                    } else {
                        tracker.acceptFollowUpSuggestion(s.applicationId());
                    }
                    Notifications.success(getTranslation("tracker.suggest.done"));
                    refresh();
                });
        accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button dismiss = new Button(getTranslation("tracker.suggest.dismiss"), e -> {
            tracker.dismissSuggestion(s.applicationId());
            refresh();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout actions = new HorizontalLayout(accept, dismiss);
        return new ListItem(new Div(link), text, actions);
    }

    private Div stale(TrackerStats stats) {
        Span count = new Span(String.valueOf(stats.stale()));
        count.addClassName("tracker-stat-number");
        UnorderedList list = new UnorderedList();
        list.addClassName("tracker-plain-list");
        for (TrackedApplication a : stats.staleApplications()) {
            list.add(new ListItem(new RouterLink(a.company() + " — " + a.title(), ApplicationDetailView.class,
                    ApplicationDetailView.parameters(a.id()))));
        }
        return card("tracker.dash.stale", "stat-stale", count,
                muted(getTranslation("tracker.dash.stale.help", com.clintrack.tracker.TrackerLimits.STALE_AFTER_DAYS)),
                list);
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("tracker-muted");
        return span;
    }
}
