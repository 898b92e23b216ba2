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
import be.foyer.reporting.retention.Retention;
import be.foyer.reporting.retention.Retention.Cohort;
import be.foyer.reporting.retention.Retention.Horizon;

/**
 * Retention as shown. Each cohort has {@code after6Months}, {@code after12Months}, {@code after24Months}: either
 * {@code {"status":"observed","stillHoused","share"}} or {@code {"status":"notYetObservable","observableFrom"}}.
 * For a reader outside the organisation, counts from 1 to 4 are {@code "<5"}; where the housed or the departed of a
 * cohort are that few, the housed count and the share are hidden too, as they would give them away.
 *
 * @param scope an organisation, or {@code federation} for the six together
 */
public record RetentionView(String scope, String asOf, List<CohortView> byMonth, List<CohortView> byQuarter)
        implements CsvExport {

    public static final String OBSERVED = "observed";
    public static final String NOT_YET_OBSERVABLE = "notYetObservable";

    public static RetentionView of(String scope, Retention retention, boolean suppressSmallCounts) {
        return new RetentionView(scope, retention.asOf().toString(),
                retention.byMonth().stream().map(cohort -> CohortView.of(cohort, suppressSmallCounts)).toList(),
                retention.byQuarter().stream().map(cohort -> CohortView.of(cohort, suppressSmallCounts)).toList());
    }

    @Override
    public CsvTable toCsv() {
        List<List<Object>> rows = new ArrayList<>();
        addRows(rows, "month", byMonth);
        addRows(rows, "quarter", byQuarter);
        return new CsvTable(List.of("scope", "asOf", "period", "cohort", "movedIn", "months", "status",
                "stillHoused", "share", "observableFrom"), rows);
    }

    private void addRows(List<List<Object>> rows, String period, List<CohortView> cohorts) {
        for (CohortView cohort : cohorts) {
            cohort.horizons().forEach((name, horizon) -> rows.add(Arrays.asList(scope, asOf, period,
                    cohort.cohort(), cohort.movedIn(), horizon.months(), horizon.status(), horizon.stillHoused(),
                    horizon.share(), horizon.observableFrom())));
        }
    }

    public record CohortView(String cohort, Object movedIn, @JsonIgnore Map<String, HorizonView> horizons) {

        static CohortView of(Cohort cohort, boolean suppressSmallCounts) {
            Map<String, HorizonView> horizons = new LinkedHashMap<>();
            for (Horizon horizon : cohort.horizons()) {
                horizons.put("after" + horizon.months() + "Months",
                        HorizonView.of(cohort.movedIn(), horizon, suppressSmallCounts));
            }
            return new CohortView(cohort.label(), suppressSmallCounts ? Suppression.show(cohort.movedIn())
                    : cohort.movedIn(), horizons);
        }

        /** The horizons sit in the cohort under their names. */
        @JsonAnyGetter
        public Map<String, HorizonView> horizonsByName() {
            return horizons;
        }
    }

    /** @param share of the cohort still housed, from 0 to 1, three decimals */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HorizonView(@JsonIgnore int months, String status,
            Object stillHoused, BigDecimal share, String observableFrom) {

        static HorizonView of(long movedIn, Horizon horizon, boolean suppressSmallCounts) {
            if (!horizon.observable()) {
                return new HorizonView(horizon.months(), NOT_YET_OBSERVABLE, null, null,
                        horizon.observableFrom().toString());
            }
            long housed = horizon.stillHoused();
            boolean hide = suppressSmallCounts && (Suppression.isSmall(movedIn) || Suppression.isSmall(housed)
                    || Suppression.isSmall(movedIn - housed));
            BigDecimal share = BigDecimal.valueOf(housed).divide(BigDecimal.valueOf(movedIn), 3, RoundingMode.HALF_UP);
            return new HorizonView(horizon.months(), OBSERVED, hide ? Suppression.SUPPRESSED : housed,
                    hide ? null : share, null);
        }
    }
}
