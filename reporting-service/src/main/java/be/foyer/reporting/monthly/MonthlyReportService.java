package be.foyer.reporting.monthly;

import be.foyer.reporting.ReportPeriod;
import be.foyer.reporting.Indicator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import be.foyer.reporting.monthly.CountedItems.Counted;
import be.foyer.reporting.projection.People;
import be.foyer.reporting.projection.ReportFacts;

/**
 * Computes a scope's indicators from the projected facts: for a month against the targets applying in that month,
 * for a range distinct over the whole range (a person met in three months counts once), and month by month for
 * trends. Across organisations people count once per federation key, and places, activities and meetings once each.
 */
@Service
public class MonthlyReportService {

    /** How many months a trend shows, ending with the month asked for. */
    public static final int TREND_MONTHS = 12;

    private final CountedItems counted;
    private final Targets targets;
    private final ReportFacts facts;

    public MonthlyReportService(CountedItems counted, Targets targets, ReportFacts facts) {
        this.counted = counted;
        this.targets = targets;
        this.facts = facts;
    }

    public MonthlyReport report(String organisation, YearMonth month) {
        return report(Scope.organisation(organisation), month);
    }

    public MonthlyReport report(Scope scope, YearMonth month) {
        return compute(scope, read(scope, month, month), month, month, targets.history(scope).at(month));
    }

    /** Distinct over the months from {@code from} to {@code to} included; no targets (they are monthly). */
    public MonthlyReport range(Scope scope, YearMonth from, YearMonth to) {
        return compute(scope, read(scope, from, to), from, to, Map.of());
    }

    /** The {@link #TREND_MONTHS} months ending with {@code to}, each against the targets applying then. */
    public List<MonthlyReport> trend(Scope scope, YearMonth to) {
        TargetHistory history = targets.history(scope);
        YearMonth from = to.minusMonths(TREND_MONTHS - 1);
        Counted read = read(scope, from, to);
        List<MonthlyReport> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(compute(scope, read, month, month, history.at(month)));
        }
        return months;
    }

    private Counted read(Scope scope, YearMonth from, YearMonth to) {
        return counted.read(scope.organisations(), months(from, to));
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        return new ReportPeriod(from, to).months();
    }

    private MonthlyReport compute(Scope scope, Counted counted, YearMonth from, YearMonth to,
            Map<Indicator, Integer> targetsThen) {
        List<YearMonth> months = months(from, to);
        Map<Indicator, IndicatorValue> indicators = new EnumMap<>(Indicator.class);
        Map<Indicator, Long> withoutKey = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Set<String> items = items(counted, scope, indicator, months);
            long value = items.size();
            if (scope.crossOrganisation() && indicator.countsPeople()) {
                People people = facts.people(items);
                value = people.distinct();
                withoutKey.put(indicator, people.withoutKey());
            }
            indicators.put(indicator, new IndicatorValue(value, targetsThen.get(indicator)));
        }
        return new MonthlyReport(from, to, scope, indicators, withoutKey,
                counted.breakdowns(scope.organisations(), months));
    }

    /** Federation-wide, council meetings are those held, whoever attended; otherwise those the scope attended. */
    private static Set<String> items(Counted counted, Scope scope, Indicator indicator, List<YearMonth> months) {
        if (indicator == Indicator.COUNCIL_MEETINGS && scope.kind() == Scope.Kind.FEDERATION) {
            Set<String> held = new HashSet<>();
            months.forEach(month -> held.addAll(counted.councilMeetingsHeld(month)));
            return held;
        }
        return counted.of(indicator, scope.organisations(), months);
    }
}
