package be.foyer.reporting.retention.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import be.foyer.reporting.Suppression;
import be.foyer.reporting.csv.CsvExport;
import be.foyer.reporting.csv.CsvTable;
import be.foyer.reporting.retention.PersonRetention;
import be.foyer.reporting.retention.Retention;
import be.foyer.reporting.retention.RetentionSuppression;
import be.foyer.reporting.retention.Retention.Cohort;
import be.foyer.reporting.retention.Retention.Horizon;

/**
 * Retention as shown. Each cohort has {@code after6Months}, {@code after12Months}, {@code after24Months}: either
 * {@code {"status":"observed","stillHoused","share"}} or {@code {"status":"notYetObservable","observableFrom"}}.
 * {@code byPerson} has the same horizons for cohorts of people by month of move-in, with {@code people} instead of
 * {@code movedIn}. For a reader outside the organisation, counts from 1 to 4 are {@code "<5"}; where the housed or the departed of a
 * cohort are that few, the housed count and the share are hidden too, as they would give them away.
 *
 * @param scope an organisation, or {@code federation} for the six together
 */
public record RetentionView(String scope, String asOf, List<CohortView> byMonth, List<CohortView> byQuarter,
        List<PersonCohortView> byPerson) implements CsvExport {

    public static final String OBSERVED = "observed";
    public static final String NOT_YET_OBSERVABLE = "notYetObservable";

    public static RetentionView of(String scope, Retention retention, PersonRetention people,
            boolean suppressSmallCounts) {
        return new RetentionView(scope, retention.asOf().toString(),
                retention.byMonth().stream().map(cohort -> CohortView.of(cohort, suppressSmallCounts)).toList(),
                retention.byQuarter().stream().map(cohort -> CohortView.of(cohort, suppressSmallCounts)).toList(),
                people.byMonth().stream().map(cohort -> PersonCohortView.of(cohort,
                        sameMonth(retention.byMonth(), cohort), suppressSmallCounts)).toList());
    }

    private static Cohort sameMonth(List<Cohort> tenancies, Cohort people) {
        return tenancies.stream().filter(cohort -> cohort.label().equals(people.label())).findFirst().orElse(null);
    }

    @Override
    public CsvTable toCsv() {
        List<List<Object>> rows = new ArrayList<>();
        addRows(rows, "month", byMonth);
        addRows(rows, "quarter", byQuarter);
        for (PersonCohortView cohort : byPerson) {
            addRows(rows, "person", cohort.cohort(), cohort.people(), cohort.horizons());
        }
        return new CsvTable(List.of("scope", "asOf", "period", "cohort", "movedIn", "months", "status",
                "stillHoused", "share", "observableFrom"), rows);
    }

    private void addRows(List<List<Object>> rows, String period, List<CohortView> cohorts) {
        for (CohortView cohort : cohorts) {
            addRows(rows, period, cohort.cohort(), cohort.movedIn(), cohort.horizons());
        }
    }

    /** Rows of {@code person} cohorts carry the number of people in the {@code movedIn} column. */
    private void addRows(List<List<Object>> rows, String period, String cohort, Object movedIn,
            Map<String, HorizonView> horizons) {
        horizons.forEach((name, horizon) -> rows.add(Arrays.asList(scope, asOf, period, cohort, movedIn,
                horizon.months(), horizon.status(), horizon.stillHoused(), horizon.share(), horizon.observableFrom())));
    }

    public record CohortView(String cohort, Object movedIn, @JsonIgnore Map<String, HorizonView> horizons) {

        static CohortView of(Cohort cohort, boolean suppressSmallCounts) {
            return new CohortView(cohort.label(), count(cohort, suppressSmallCounts),
                    horizonViews(cohort, suppressSmallCounts));
        }

        /** The horizons sit in the cohort under their names. */
        @JsonAnyGetter
        public Map<String, HorizonView> horizonsByName() {
            return horizons;
        }
    }

    /**
     * A cohort of people: {@code people} is how many, the horizons say how many of them are still housed; hidden as
     * {@link RetentionSuppression} says (beside the same month's cohort of tenancies).
     */
    public record PersonCohortView(String cohort, Object people, @JsonIgnore Map<String, HorizonView> horizons) {

        static PersonCohortView of(Cohort people, Cohort tenancies, boolean suppressSmallCounts) {
            Map<String, HorizonView> horizons = new LinkedHashMap<>();
            for (int i = 0; i < people.horizons().size(); i++) {
                Horizon horizon = people.horizons().get(i);
                horizons.put(name(horizon), HorizonView.of(people.movedIn(), horizon,
                        RetentionSuppression.housedHidden(people, tenancies, i, suppressSmallCounts)));
            }
            return new PersonCohortView(people.label(), Suppression.show(people.movedIn(),
                    RetentionSuppression.sizeHidden(people, tenancies, suppressSmallCounts)), horizons);
        }

        @JsonAnyGetter
        public Map<String, HorizonView> horizonsByName() {
            return horizons;
        }
    }

    private static Object count(Cohort cohort, boolean suppressSmallCounts) {
        return Suppression.show(cohort.movedIn(), RetentionSuppression.sizeHidden(cohort, suppressSmallCounts));
    }

    private static Map<String, HorizonView> horizonViews(Cohort cohort, boolean suppressSmallCounts) {
        Map<String, HorizonView> horizons = new LinkedHashMap<>();
        for (Horizon horizon : cohort.horizons()) {
            horizons.put(name(horizon), HorizonView.of(cohort.movedIn(), horizon,
                    RetentionSuppression.housedHidden(cohort.movedIn(), horizon, suppressSmallCounts, false)));
        }
        return horizons;
    }

    private static String name(Horizon horizon) {
        return "after" + horizon.months() + "Months";
    }

    /** @param share of the cohort still housed, from 0 to 1, three decimals */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HorizonView(@JsonIgnore int months, String status,
            Object stillHoused, BigDecimal share, String observableFrom) {

        /** @param hide the housed count and share are hidden ({@link RetentionSuppression}) */
        static HorizonView of(long movedIn, Horizon horizon, boolean hide) {
            if (!horizon.observable()) {
                return new HorizonView(horizon.months(), NOT_YET_OBSERVABLE, null, null,
                        horizon.observableFrom().toString());
            }
            long housed = horizon.stillHoused();
            BigDecimal share = BigDecimal.valueOf(housed).divide(BigDecimal.valueOf(movedIn), 3, RoundingMode.HALF_UP);
            return new HorizonView(horizon.months(), OBSERVED, hide ? Suppression.SUPPRESSED : housed,
                    hide ? null : share, null);
        }
    }
}
