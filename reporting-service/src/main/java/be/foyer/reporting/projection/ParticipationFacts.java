package be.foyer.reporting.projection;


import org.bson.Document;
import org.springframework.stereotype.Component;

import be.foyer.events.activities.ParticipationRecorded;

/**
 * A tenant present at an occurrence (id = occurrence and tenant), held in the organisation's day of
 * {@link ReportSummaries}, which the reports read: it counts for the tenant's organisation (the envelope's), whoever
 * organised the activity, with the activity's category and federation-wide place id. No collection of its own:
 * nothing reads one (docs/benchmarks.md: each event was written twice). A participation is dated by its occurrence,
 * which does not move.
 */
@Component
public class ParticipationFacts {

    private final ReportSummaries summaries;

    public ParticipationFacts(ReportSummaries summaries) {
        this.summaries = summaries;
    }

    public void record(FactBatch batch, String organisation, ParticipationRecorded participation) {
        String occurrence = participation.occurrenceId() == null
                ? participation.activityId() : participation.occurrenceId();
        String id = occurrence + "/" + participation.tenantId();
        summaries.put(batch, ReportSummaries.dayKey(organisation, participation.date().toString()), ReportSummaries.PARTICIPATIONS, id,
                new Document("tenantId", participation.tenantId())
                        .append("activityId", participation.activityId())
                        .append("category", participation.category())
                        .append("placeId", participation.placeId()));
    }
}
