package be.foyer.reporting.federation;

import be.foyer.reporting.ReportPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import be.foyer.platform.security.Organisations;
import be.foyer.reporting.federation.FederationReport.IndicatorRow;
import be.foyer.reporting.federation.FederationReport.Table;
import be.foyer.reporting.monthly.Breakdowns;
import be.foyer.reporting.monthly.CountedItems;
import be.foyer.reporting.monthly.CountedItems.Counted;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.projection.ReportFacts;

/**
 * The six member organisations side by side. A total is not a sum where that would count twice: people count once
 * per federation key across organisations (and once each where there is none), places once each, and council
 * meetings once however many organisations attended. The federation has no targets of its own (targets belong
 * to programmes and organisations), so its totals have none.
 */
@Service
public class FederationReportService {

    private final CountedItems counted;
    private final ReportFacts facts;

    public FederationReportService(CountedItems counted, ReportFacts facts) {
        this.counted = counted;
        this.facts = facts;
    }

    public FederationReport report(ReportPeriod period) {
        List<String> organisations = Organisations.ALL;
        List<YearMonth> months = period.months();
        Counted counted = this.counted.read(organisations, months);
        Map<Indicator, IndicatorRow> indicators = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            long[] byOrganisation = new long[organisations.size()];
            Set<String> all = new HashSet<>();
            for (int i = 0; i < organisations.size(); i++) {
                Set<String> items = counted.of(indicator, List.of(organisations.get(i)), months);
                byOrganisation[i] = items.size();
                all.addAll(items);
            }
            indicators.put(indicator, new IndicatorRow(byOrganisation, total(counted, indicator, all, months), null));
        }
        List<Breakdowns> breakdowns = new ArrayList<>();
        for (String organisation : organisations) {
            breakdowns.add(counted.breakdowns(List.of(organisation), months));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : breakdowns.get(0).named().keySet()) {
            tables.put(name, table(breakdowns.stream().map(b -> b.named().get(name)).toList()));
        }
        return new FederationReport(period, organisations, indicators, tables);
    }

    private long total(Counted counted, Indicator indicator, Set<String> all, List<YearMonth> months) {
        if (indicator == Indicator.COUNCIL_MEETINGS) {
            Set<String> held = new HashSet<>();
            months.forEach(month -> held.addAll(counted.councilMeetingsHeld(month)));
            return held.size();
        }
        return indicator.countsPeople() ? facts.distinctPeople(all) : all.size();
    }

    /** Categories as rows, organisations as columns, with a total column and a last total row. */
    static Table table(List<Map<String, Long>> byOrganisation) {
        Set<String> categories = new TreeSet<>();
        byOrganisation.forEach(counts -> categories.addAll(counts.keySet()));
        List<String> labels = new ArrayList<>(categories);
        int columns = byOrganisation.size();
        long[][] cells = new long[labels.size() + 1][columns + 1];
        for (int row = 0; row < labels.size(); row++) {
            for (int column = 0; column < columns; column++) {
                long count = byOrganisation.get(column).getOrDefault(labels.get(row), 0L);
                cells[row][column] = count;
                cells[row][columns] += count;
                cells[labels.size()][column] += count;
                cells[labels.size()][columns] += count;
            }
        }
        labels.add(FederationReport.TOTAL);
        return new Table(labels, cells);
    }
}
