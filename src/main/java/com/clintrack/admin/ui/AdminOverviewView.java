package com.clintrack.admin.ui;

import com.clintrack.account.AccountAdminService;
import com.clintrack.account.AdminOverview;
import com.clintrack.account.Plan;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.AppRoles;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Admin overview: users by plan, MRR, active users, and sign-ups per week as a server-side SVG chart. */
@Route("admin")
@RolesAllowed(AppRoles.ADMIN)
public class AdminOverviewView extends VerticalLayout implements HasDynamicTitle {

    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 200;
    private static final int MARGIN = 24;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    public AdminOverviewView(AccountAdminService admin) {
        AdminOverview overview = admin.overview();
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (Plan plan : Plan.values()) {
            cards.add(figure("users-" + plan, Long.toString(overview.usersByPlan().getOrDefault(plan, 0L)),
                    getTranslation("adminconsole.overview.usersByPlan", getTranslation("account.plan." + plan))));
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setCurrency(Currency.getInstance(overview.currency()));
        cards.add(figure("mrr", money.format(overview.mrrCents() / 100.0), getTranslation("adminconsole.overview.mrr")));
        cards.add(figure("active-7", Long.toString(overview.activeLast7Days()), getTranslation("adminconsole.overview.active7")));
        cards.add(figure("active-30", Long.toString(overview.activeLast30Days()),
                getTranslation("adminconsole.overview.active30")));
        Svg chart = new Svg(chart(overview.signUpsPerWeek(),
                getTranslation("adminconsole.overview.chart", overview.signUpsPerWeek().size())));
        chart.setId("signups-chart");
        chart.addClassName("signups-chart");
        Div chartCard = new Div(new H2(getTranslation("adminconsole.overview.signUps")), chart);
        chartCard.addClassName("card");
        add(new ViewToolbar(getTranslation("adminconsole.overview.title")), new AdminNav(), cards, chartCard);
    }

    private static Div figure(String id, String number, String label) {
        Span value = new Span(number);
        value.addClassName("figure-number");
        Span text = new Span(label);
        text.addClassName("figure-label");
        Div card = new Div(value, text);
        card.addClassNames("card", "figure-card");
        card.setId(id);
        return card;
    }

    /** A bar chart as SVG text; only numbers, dates and our own (escaped) label go into it. */
    static String chart(List<AdminOverview.WeekCount> weeks, String title) {
        long max = Math.max(1, weeks.stream().mapToLong(AdminOverview.WeekCount::count).max().orElse(1));
        int plotHeight = CHART_HEIGHT - 2 * MARGIN;
        double slot = (double) (CHART_WIDTH - 2 * MARGIN) / Math.max(1, weeks.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
                .append(CHART_HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < weeks.size(); i++) {
            AdminOverview.WeekCount week = weeks.get(i);
            int height = (int) Math.round((double) week.count() / max * plotHeight);
            double x = MARGIN + i * slot + slot * 0.15;
            int y = CHART_HEIGHT - MARGIN - height;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s: %d</title></rect>",
                    x, y, slot * 0.7, height, escape(WEEK.format(week.weekStart())), week.count()));
            svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
                    x + slot * 0.35, y - 4, week.count()));
            if (i % 2 == 0) {
                svg.append(String.format(Locale.ROOT,
                        "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x + slot * 0.35,
                        CHART_HEIGHT - 6, escape(WEEK.format(week.weekStart()))));
            }
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminconsole.overview.title") + " · " + getTranslation("app.name");
    }
}
