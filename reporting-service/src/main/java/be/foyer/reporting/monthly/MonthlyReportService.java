package be.foyer.reporting.monthly;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import be.foyer.reporting.monthly.targets.Targets;

/** Computes an organisation's monthly indicators from the projected facts, against its targets. */
@Service
public class MonthlyReportService {

    private final CountedItems counted;
    private final Targets targets;

    public MonthlyReportService(CountedItems counted, Targets targets) {
        this.counted = counted;
        this.targets = targets;
    }

    public MonthlyReport report(String organisation, YearMonth month) {
        Map<Indicator, Integer> targetsOfOrganisation = targets.of(organisation);
        Map<Indicator, IndicatorValue> indicators = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator, new IndicatorValue(counted.of(indicator, organisation, month).size(),
                    targetsOfOrganisation.get(indicator)));
        }
        return new MonthlyReport(month, organisation, indicators, counted.breakdowns(organisation, month));
    }
}
