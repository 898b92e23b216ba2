package be.foyer.reporting.projection;

import java.time.YearMonth;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Autowired;

import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.ProjectionScenarios;
import be.foyer.reporting.Events;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReportService;

/** Duplicates and unreadable records on {@code foyer.activities.v1}. */
@FoyerServiceTest
class ActivityProjectionTest extends ProjectionScenarios {

    private static final YearMonth MONTH = YearMonth.of(2023, 6);

    @Autowired
    private MongoDatabase database;

    @Autowired
    private MonthlyReportService reports;

    @Override
    protected EventEnvelope<?> newEvent(String organisation) {
        return Events.activityHeld(organisation, Events.newId(), false, MONTH.atDay(10));
    }

    @Override
    protected boolean isProjected(EventEnvelope<?> event) {
        ActivityHeld held = (ActivityHeld) event.payload();
        return StoredSummaries.dayEntry(database, event.organisation(), held.heldOn(), ReportSummaries.ACTIVITIES,
                held.activityId() + "/" + held.occurrenceId()) != null;
    }

    @Override
    protected long projectedCount(String organisation) {
        return reports.report(organisation, MONTH).value(Indicator.ONE_OFF_ACTIVITIES);
    }
}
