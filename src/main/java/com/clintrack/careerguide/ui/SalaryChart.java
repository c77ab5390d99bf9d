package com.clintrack.careerguide.ui;

import com.clintrack.careerguide.RoleProfile.SalaryLevel;
import java.util.List;
import java.util.Locale;

/**
 * The salary-by-level chart as an SVG string, drawn on the server: for each level its name, then a bar for
 * the median and one for the average, each labelled with its figure and its word, so colour is never the
 * only signal. Colours come from CSS classes (styles.css), so light and dark themes both work. Level names
 * come from role files that admins upload, so every text is escaped.
 */
final class SalaryChart {

    /** The chart is drawn for a phone's width and scales up; styles.css caps its width on wide screens. */
    static final int WIDTH = 360;
    private static final int LEGEND_HEIGHT = 24;
    private static final int LABEL_HEIGHT = 18;
    private static final int BAR_HEIGHT = 14;
    private static final int BAR_GAP = 3;
    private static final int LEVEL_GAP = 14;
    private static final int AXIS_HEIGHT = 20;
    /** Room right of the longest bar for its label ("$65k average"). */
    private static final int VALUE_LABEL_ROOM = 96;
    private static final int VALUE_LABEL_GAP = 4;
    private static final int TEXT_BASELINE = 12;
    private static final int SWATCH = 10;
    private static final long GRID_STEP = 20_000;
    private static final long SCALE_STEP = 10_000;

    /** The words of the chart, translated by the caller. */
    record Labels(String title, String median, String average) {
    }

    private SalaryChart() {
    }

    static String svg(List<SalaryLevel> levels, Labels labels) {
        int levelHeight = LABEL_HEIGHT + 2 * BAR_HEIGHT + BAR_GAP + LEVEL_GAP;
        int height = LEGEND_HEIGHT + levels.size() * levelHeight + AXIS_HEIGHT;
        long scale = scaleMax(levels);
        int barRoom = WIDTH - VALUE_LABEL_ROOM;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"salary-chart-title\" class=\"salary-chart-svg\">")
                .append("<title id=\"salary-chart-title\">").append(escape(labels.title())).append("</title>");
        legend(svg, labels);

        int gridTop = LEGEND_HEIGHT;
        int gridBottom = height - AXIS_HEIGHT;
        for (long tick = 0; tick <= scale; tick += GRID_STEP) {
            double x = x(tick, scale, barRoom);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"chart-grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", x, gridTop, x, gridBottom));
            svg.append(String.format(Locale.ROOT, "<text class=\"chart-axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                    x, height - 4, tick == 0 ? "start" : "middle", escape(GuideFormat.usdThousands(tick))));
        }

        int y = LEGEND_HEIGHT;
        for (SalaryLevel level : levels) {
            svg.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + TEXT_BASELINE).append("\">")
                    .append(escape(level.level())).append("</text>");
            int barY = y + LABEL_HEIGHT;
            bar(svg, "bar-median", level.medianUsd(), labels.median(), barY, scale, barRoom);
            bar(svg, "bar-average", level.averageUsd(), labels.average(), barY + BAR_HEIGHT + BAR_GAP, scale, barRoom);
            y += levelHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, Labels labels) {
        svg.append("<rect class=\"bar-median\" x=\"0\" y=\"2\" width=\"").append(SWATCH).append("\" height=\"")
                .append(SWATCH).append("\" rx=\"2\"/>")
                .append("<text class=\"chart-legend\" x=\"").append(SWATCH + 4).append("\" y=\"").append(SWATCH + 1)
                .append("\">").append(escape(labels.median())).append("</text>");
        int second = WIDTH / 3;
        svg.append("<rect class=\"bar-average\" x=\"").append(second).append("\" y=\"2\" width=\"").append(SWATCH)
                .append("\" height=\"").append(SWATCH).append("\" rx=\"2\"/>")
                .append("<text class=\"chart-legend\" x=\"").append(second + SWATCH + 4).append("\" y=\"")
                .append(SWATCH + 1).append("\">").append(escape(labels.average())).append("</text>");
    }

    private static void bar(StringBuilder svg, String cssClass, long value, String word, int y, long scale,
            int barRoom) {
        double width = x(value, scale, barRoom);
        svg.append(String.format(Locale.ROOT,
                "<rect class=\"%s\" x=\"0\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>", cssClass, y, width,
                BAR_HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text class=\"chart-value\" x=\"%.1f\" y=\"%d\">%s</text>",
                width + VALUE_LABEL_GAP, y + TEXT_BASELINE - 1,
                escape(GuideFormat.usdThousands(value) + " " + word.toLowerCase(Locale.ROOT))));
    }

    /** The largest average rounded up to the next 10k, so the longest bar nearly fills its room. */
    static long scaleMax(List<SalaryLevel> levels) {
        long max = levels.stream().mapToLong(level -> Math.max(level.medianUsd(), level.averageUsd())).max().orElse(0);
        return Math.max(SCALE_STEP, (max + SCALE_STEP - 1) / SCALE_STEP * SCALE_STEP);
    }

    private static double x(long value, long scale, int barRoom) {
        return (double) value / scale * barRoom;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
