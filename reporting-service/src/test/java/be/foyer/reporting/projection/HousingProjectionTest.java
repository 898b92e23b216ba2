package be.foyer.reporting.projection;

import java.time.YearMonth;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Autowired;

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.ProjectionScenarios;
import be.foyer.reporting.Events;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReportService;

/** Duplicates and unreadable records on {@code foyer.housing.v1}. */
@FoyerServiceTest
class HousingProjectionTest extends ProjectionScenarios {

    private static final YearMonth MONTH = YearMonth.of(2023, 5);

    @Autowired
    private MongoDatabase database;

    @Autowired
    private MonthlyReportService reports;

    @Override
    protected EventEnvelope<?> newEvent(String organisation) {
        return Events.tenancyStarted(organisation, Events.newId(), Events.newId(), MONTH.atDay(10));
    }

    @Override
    protected boolean isProjected(EventEnvelope<?> event) {
        return StoredSummaries.tenancy(database, event.organisation(), ((TenancyStarted) event.payload()).tenancyId())
                != null;
    }

    @Override
    protected long projectedCount(String organisation) {
        return reports.report(organisation, MONTH).value(Indicator.MOVE_INS);
    }
}
