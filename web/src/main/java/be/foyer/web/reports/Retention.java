package be.foyer.web.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Retention as the reports API gives it ({@code GET /api/reports/retention}, and inside the annual report): cohorts of
 * tenancies by month and quarter of move-in, and of people ({@code byPerson}: a move or a handover inside the
 * federation without a return to the street is not a failure). Counts of people may read {@code "<5"}, and then the
 * share is left out.
 */
public record Retention(String scope, LocalDate asOf, List<Cohort> byMonth, List<Cohort> byQuarter,
        List<Cohort> byPerson) {

    public Retention {
        byMonth = byMonth == null ? List.of() : byMonth;
        byQuarter = byQuarter == null ? List.of() : byQuarter;
        byPerson = byPerson == null ? List.of() : byPerson;
    }

    /** @param movedIn tenancies begun (per tenancy); @param people people whose stay began (per person) */
    public record Cohort(String cohort, Object movedIn, Object people, Horizon after6Months, Horizon after12Months,
            Horizon after24Months) {

        /** How many began: tenancies or people, as a figure (may be "<5"). */
        public Figure started() {
            return Figure.of(people != null ? people : movedIn);
        }

        public List<Horizon> horizons() {
            return java.util.Arrays.asList(after6Months, after12Months, after24Months);
        }
    }

    /** @param status {@code observed} or {@code notYetObservable} (then {@code observableFrom}) */
    public record Horizon(String status, Object stillHoused, Double share, LocalDate observableFrom) {

        public boolean isObserved() {
            return "observed".equals(status);
        }

        public Figure housed() {
            return Figure.of(stillHoused);
        }

        /** "83 %": only where the API gives a share (never beside a hidden count). */
        public Long percent() {
            return share == null || housed().isSuppressed() ? null : Math.round(share * 100);
        }
    }
}
