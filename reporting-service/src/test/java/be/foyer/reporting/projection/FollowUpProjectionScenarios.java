package be.foyer.reporting.projection;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.beans.factory.annotation.Autowired;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.platform.test.ProjectionScenarios;
import be.foyer.reporting.Events;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReportService;

/** The projection of follow-ups, counted through the same code as the monthly report. */
abstract class FollowUpProjectionScenarios extends ProjectionScenarios {

    private static final YearMonth MONTH = YearMonth.of(2025, 6);

    @Autowired
    private FollowUpFacts facts;

    @Autowired
    private MonthlyReportService reports;

    @Override
    protected EventEnvelope<?> newEvent(String organisation) {
        return Events.followUp(organisation, Events.newId(), LocalDate.of(MONTH.getYear(), MONTH.getMonth(), 15));
    }

    @Override
    protected boolean isProjected(EventEnvelope<?> event) {
        return facts.exists(((FollowUpRecorded) event.payload()).followUpId());
    }

    @Override
    protected long projectedCount(String organisation) {
        return reports.report(organisation, MONTH).value(Indicator.TENANTS_MET_INDIVIDUALLY);
    }
}
