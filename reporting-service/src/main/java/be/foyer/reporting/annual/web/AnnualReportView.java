package be.foyer.reporting.annual.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import be.foyer.reporting.annual.ActivitiesHeld;
import be.foyer.reporting.annual.AnnualReport;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReport;
import be.foyer.reporting.monthly.ShownValue;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.monthly.web.MonthlyReportView.IndicatorView;
import be.foyer.reporting.programme.Programme;
import be.foyer.reporting.retention.web.RetentionView;

/**
 * The annual report as shown, in JSON and in the PDF alike (the PDF is drawn from this view, so both hide the
 * same cells). Suppression is the monthly report's ({@link IndicatorView}): when suppressed (a programme, or a
 * reader outside the organisation), counts of people from 1 to 4 read {@code "<5"} and the {@code met} next to them
 * is {@code null}; activities, meetings, places and decisions are never hidden. No tenant id, name or federation
 * key reaches it.
 *
 * @param kind              {@code organisation} or {@code programme}
 * @param name              a programme's names by language ({@code fr}, {@code nl}, {@code en})
 * @param organisations     a programme's members
 * @param overTheYear       each indicator counted distinct over the year (never the sum of the months), no target
 * @param countedWithoutKey a programme's people of the year counted without a federation key
 */
public record AnnualReportView(int year, String scope, String kind,
        @JsonInclude(Include.NON_NULL) Map<String, String> name,
        @JsonInclude(Include.NON_NULL) List<String> organisations, List<MonthView> months,
        OverTheYear overTheYear, @JsonInclude(Include.NON_NULL) Map<String, Object> countedWithoutKey,
        RetentionView retention, ActivitiesHeld activitiesHeld, Map<String, Long> councilDecisions) {

    public static final String ORGANISATION = "organisation";
    public static final String PROGRAMME = "programme";

    /** @param programme the programme reported, {@code null} for an organisation's report */
    static AnnualReportView of(AnnualReport report, Programme programme, boolean suppressSmallCounts) {
        List<MonthView> months = report.months().stream()
                .map(month -> MonthView.of(month, suppressSmallCounts)).toList();
        Map<String, YearValue> overTheYear = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            overTheYear.put(indicator.key(), new YearValue(IndicatorView.value(
                    report.overTheYear().shown(indicator, suppressSmallCounts))));
        }
        Scope scope = report.scope();
        Map<String, Object> withoutKey = null;
        if (programme != null) {
            withoutKey = new LinkedHashMap<>();
            Map<Indicator, ShownValue> counted = report.overTheYear().shownWithoutKey();
            for (Indicator indicator : Indicator.values()) {
                if (counted.containsKey(indicator)) {
                    withoutKey.put(indicator.key(), IndicatorView.value(counted.get(indicator)));
                }
            }
        }
        return new AnnualReportView(report.year().getValue(), scope.id(),
                programme != null ? PROGRAMME : ORGANISATION, programme != null ? programme.names() : null,
                programme != null ? scope.organisations() : null, months, new OverTheYear(overTheYear), withoutKey,
                RetentionView.of(scope.id(), report.retention(), report.peopleRetention(), suppressSmallCounts),
                report.activitiesHeld(), report.councilDecisions());
    }

    boolean isProgramme() {
        return PROGRAMME.equals(kind);
    }

    /** @param indicators by indicator name: {@code {"value"}}, no target (targets are monthly) */
    public record OverTheYear(Map<String, YearValue> indicators) {
    }

    public record YearValue(Object value) {
    }

    /** @param indicators as the monthly report of that month shows them: {@code {"value","target","met"}} */
    public record MonthView(String month, Map<String, IndicatorView> indicators) {

        static MonthView of(MonthlyReport report, boolean suppressSmallCounts) {
            Map<String, IndicatorView> indicators = new LinkedHashMap<>();
            for (Indicator indicator : Indicator.values()) {
                indicators.put(indicator.key(), IndicatorView.of(report.shown(indicator, suppressSmallCounts)));
            }
            return new MonthView(report.month().toString(), indicators);
        }
    }
}
