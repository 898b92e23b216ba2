package be.foyer.web.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A 12-month bar chart drawn on the server as inline SVG (no JavaScript library): the geometry of each bar in a
 * {@value #WIDTH}×{@value #HEIGHT} view box, and the target as a line where one applies. The chart is a picture of the
 * data table shown next to it, which is the real content (the SVG is hidden from screen readers). A suppressed or
 * missing month has no bar.
 */
public record TrendChart(String indicator, List<Trends.Point> points, List<Bar> bars, List<Mark> targets, long max) {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 200;
    /** Room under the bars for the months' labels. */
    static final int AXIS = 20;
    static final int TOP = 10;

    /** @param label the month's number ("03"), under its bar */
    public record Bar(double x, double y, double width, double height, String label, double labelX) {
    }

    /** A target's short line over a month's bar. */
    public record Mark(double x1, double x2, double y) {
    }

    static TrendChart of(String indicator, List<Trends.Point> points) {
        List<Trends.Point> months = points == null ? List.of() : points;
        long max = 1;
        for (Trends.Point point : months) {
            Long value = point.figure().number();
            max = Math.max(max, value == null ? 0 : value);
            max = Math.max(max, point.target() == null ? 0 : point.target());
        }
        double slot = months.isEmpty() ? WIDTH : WIDTH / (double) months.size();
        double plot = HEIGHT - AXIS - TOP;
        List<Bar> bars = new ArrayList<>();
        List<Mark> targets = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Trends.Point point = months.get(i);
            double x = i * slot;
            Long value = point.figure().number();
            double height = value == null ? 0 : plot * value / max;
            String month = point.month() == null ? "" : point.month();
            bars.add(new Bar(round(x + slot * 0.15), round(TOP + plot - height), round(slot * 0.7), round(height),
                    month.length() >= 7 ? month.substring(5, 7) : month, round(x + slot / 2)));
            if (point.target() != null) {
                targets.add(new Mark(round(x + slot * 0.05), round(x + slot * 0.95), round(TOP + plot - plot * point.target() / max)));
            }
        }
        return new TrendChart(indicator, months, bars, targets, max);
    }

    public boolean hasTargets() {
        return !targets.isEmpty();
    }

    public int labelY() {
        return HEIGHT - 5;
    }

    public int baseline() {
        return HEIGHT - AXIS;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
