package com.clintrack.tracker.ui;

import com.clintrack.tracker.TrackerStats;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Builds the "applications per week" bar chart as an SVG string on the server. Only numbers and dates
 * go into it, and the text nodes are escaped anyway. Colours come from the page's CSS (Lumo variables).
 */
final class WeeklyChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int PAD_LEFT = 30;
    private static final int PAD_BOTTOM = 24;
    private static final int PAD_TOP = 12;
    private static final int LABEL_EVERY = 2;
    private static final double BAR_SHARE = 0.7;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private WeeklyChart() {
    }

    static String svg(List<TrackerStats.WeekCount> weeks, String title) {
        long max = Math.max(1, weeks.stream().mapToLong(TrackerStats.WeekCount::count).max().orElse(1));
        int plotWidth = WIDTH - PAD_LEFT;
        int plotHeight = HEIGHT - PAD_BOTTOM - PAD_TOP;
        double slot = (double) plotWidth / Math.max(1, weeks.size());
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        out.append("<title>").append(escape(title)).append("</title>");
        int baseline = HEIGHT - PAD_BOTTOM;
        out.append("<line class=\"axis\" x1=\"").append(PAD_LEFT).append("\" y1=\"").append(baseline)
                .append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(baseline).append("\"/>");
        out.append("<text x=\"0\" y=\"").append(PAD_TOP + 4).append("\">").append(max).append("</text>");
        out.append("<text x=\"0\" y=\"").append(baseline).append("\">0</text>");
        for (int i = 0; i < weeks.size(); i++) {
            TrackerStats.WeekCount week = weeks.get(i);
            double height = (double) week.count() / max * plotHeight;
            double x = PAD_LEFT + i * slot + slot * (1 - BAR_SHARE) / 2;
            out.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>",
                    x, baseline - height, slot * BAR_SHARE, height, escape(LABEL.format(week.weekStart())),
                    week.count()));
            if (week.count() > 0) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>",
                        x + slot * BAR_SHARE / 2, baseline - height - 2, week.count()));
            }
            if (i % LABEL_EVERY == 0) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x + slot * BAR_SHARE / 2, HEIGHT - 6, escape(LABEL.format(week.weekStart()))));
            }
        }
        out.append("</svg>");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
