package be.foyer.reporting.monthly;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import be.foyer.reporting.projection.FollowUpFacts;

/** Computes an organisation's monthly indicators from the projected facts. */
@Service
public class MonthlyReportService {

    private final FollowUpFacts followUps;
    private final Targets targets;

    public MonthlyReportService(FollowUpFacts followUps, Targets targets) {
        this.followUps = followUps;
        this.targets = targets;
    }

    public MonthlyReport report(String organisation, YearMonth month) {
        Map<Indicator, IndicatorValue> indicators = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator, new IndicatorValue(count(indicator, organisation, month),
                    targets.of(organisation, indicator)));
        }
        return new MonthlyReport(month, organisation, indicators);
    }

    private long count(Indicator indicator, String organisation, YearMonth month) {
        return switch (indicator) {
            case TENANTS_MET_INDIVIDUALLY -> followUps.distinctTenantsMet(organisation, month);
        };
    }
}
