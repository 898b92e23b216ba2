package be.foyer.reporting.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import be.foyer.reporting.projection.TenancyFacts.Tenancy;

/**
 * Housing retention: tenancies grouped into cohorts by move-in month and by move-in quarter, and for each cohort
 * how many were still running 6, 12 and 24 months after their move-in. A cohort is observed at a horizon only once
 * its last possible move-in day is that far in the past; before that it is "not yet observable", never 0% or 100%.
 * A tenancy that ended on the very day the horizon is reached still counts as housed that day.
 */
public record Retention(LocalDate asOf, List<Cohort> byMonth, List<Cohort> byQuarter) {

    public static final List<Integer> HORIZONS_IN_MONTHS = List.of(6, 12, 24);

    public static Retention of(List<Tenancy> tenancies, LocalDate today) {
        return new Retention(today,
                cohorts(tenancies, today, tenancy -> Period.month(YearMonth.from(tenancy.moveInDate()))),
                cohorts(tenancies, today, tenancy -> Period.quarter(tenancy.moveInDate())));
    }

    private static List<Cohort> cohorts(List<Tenancy> tenancies, LocalDate today, Function<Tenancy, Period> period) {
        Map<Period, List<Tenancy>> grouped = new TreeMap<>();
        for (Tenancy tenancy : tenancies) {
            grouped.computeIfAbsent(period.apply(tenancy), key -> new ArrayList<>()).add(tenancy);
        }
        List<Cohort> cohorts = new ArrayList<>();
        grouped.forEach((cohortPeriod, members) -> cohorts.add(Cohort.of(cohortPeriod, members, today)));
        return cohorts;
    }

    /** A month ({@code 2025-03}) or a quarter ({@code 2025-Q1}) of move-ins. */
    public record Period(String label, LocalDate lastDay) implements Comparable<Period> {

        static Period month(YearMonth month) {
            return new Period(month.toString(), month.atEndOfMonth());
        }

        static Period quarter(LocalDate date) {
            int quarter = (date.getMonthValue() - 1) / 3 + 1;
            return new Period(date.getYear() + "-Q" + quarter, YearMonth.of(date.getYear(), quarter * 3).atEndOfMonth());
        }

        @Override
        public int compareTo(Period other) {
            return label.compareTo(other.label);
        }
    }

    public record Cohort(String label, long movedIn, List<Horizon> horizons) {

        static Cohort of(Period period, List<Tenancy> members, LocalDate today) {
            List<Horizon> horizons = new ArrayList<>();
            for (int months : HORIZONS_IN_MONTHS) {
                LocalDate observableFrom = period.lastDay().plusMonths(months);
                boolean observable = !observableFrom.isAfter(today);
                long stillHoused = observable
                        ? members.stream().filter(tenancy -> housedAfter(tenancy, months)).count() : 0;
                horizons.add(new Horizon(months, observable, observableFrom, stillHoused));
            }
            return new Cohort(period.label(), members.size(), horizons);
        }

        private static boolean housedAfter(Tenancy tenancy, int months) {
            return tenancy.endDate() == null || !tenancy.endDate().isBefore(tenancy.moveInDate().plusMonths(months));
        }
    }

    /**
     * @param observableFrom the day from which every tenancy of the cohort has reached the horizon
     * @param stillHoused    meaningful only when {@code observable}
     */
    public record Horizon(int months, boolean observable, LocalDate observableFrom, long stillHoused) {
    }
}
