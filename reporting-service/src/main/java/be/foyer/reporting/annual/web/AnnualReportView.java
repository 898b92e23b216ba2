package be.foyer.reporting.annual.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.foyer.reporting.Suppression;
import be.foyer.reporting.annual.ActivitiesHeld;
import be.foyer.reporting.annual.AnnualReport;
import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.monthly.IndicatorValue;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.retention.web.RetentionView;

/**
 * The annual report as shown, in JSON and in the PDF alike (the PDF is drawn from this view, so both hide the
 * same cells). For a reader outside the organisation, counts of people from 1 to 4 read {@code "<5"} and the
 * {@code met} next to them is {@code null}, as it would narrow the count down; activities, meetings, places and
 * decisions are not about people and are never hidden. No tenant id, name or federation key reaches it.
 *
 * @param kind         {@code organisation} (a programme's report comes with programmes)
 * @param overTheYear  each indicator counted distinct over the year (never the sum of the months), no target
 */
public record AnnualReportView(int year, String scope, String kind, List<MonthView> months,
        OverTheYear overTheYear, RetentionView retention, ActivitiesHeld activitiesHeld,
        Map<String, Long> councilDecisions) {

    public static final String ORGANISATION = "organisation";

    static AnnualReportView of(AnnualReport report, boolean suppressSmallCounts) {
        List<MonthView> months = report.months().stream()
                .map(month -> MonthView.of(month, suppressSmallCounts)).toList();
        Map<String, YearValue> overTheYear = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            overTheYear.put(indicator.key(), new YearValue(
                    shown(indicator, report.overTheYear().get(indicator), suppressSmallCounts)));
        }
        return new AnnualReportView(report.year().getValue(), report.organisation(), ORGANISATION, months,
                new OverTheYear(overTheYear),
                RetentionView.of(report.organisation(), report.retention(), report.peopleRetention(),
                        suppressSmallCounts),
                report.activitiesHeld(), report.councilDecisions());
    }

    /** Counts of people are hidden when small; {@code moveIns} counts people moving in. */
    static boolean countsPeople(Indicator indicator) {
        return indicator.countsPeople() || indicator == Indicator.MOVE_INS;
    }

    private static Object shown(Indicator indicator, long value, boolean suppressSmallCounts) {
        return suppressSmallCounts && countsPeople(indicator) ? Suppression.show(value) : value;
    }

    /** @param indicators by indicator name: {@code {"value"}}, no target (targets are monthly) */
    public record OverTheYear(Map<String, YearValue> indicators) {
    }

    public record YearValue(Object value) {
    }

    public record MonthView(String month, Map<String, IndicatorView> indicators) {

        static MonthView of(MonthlyReport report, boolean suppressSmallCounts) {
            Map<String, IndicatorView> indicators = new LinkedHashMap<>();
            for (Indicator indicator : Indicator.values()) {
                indicators.put(indicator.key(),
                        IndicatorView.of(indicator, report.indicators().get(indicator), suppressSmallCounts));
            }
            return new MonthView(report.month().toString(), indicators);
        }
    }

    /** @param met {@code null} without a target, and where the value is hidden */
    public record IndicatorView(Object value, Integer target, Boolean met) {

        static IndicatorView of(Indicator indicator, IndicatorValue value, boolean suppressSmallCounts) {
            Object shown = shown(indicator, value.value(), suppressSmallCounts);
            boolean hidden = Suppression.SUPPRESSED.equals(shown);
            return new IndicatorView(shown, value.target(), hidden ? null : value.met());
        }
    }
}
