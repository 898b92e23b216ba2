package be.foyer.reporting.projection;


import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.reporting.ReportMonth;

/**
 * One document per tenant present at an occurrence ({@code _id} = occurrence and tenant). It counts for the
 * tenant's organisation (the envelope's), whoever organised the activity, with the activity's category and
 * federation-wide place id (facts projected before these were kept read as neither team meeting nor place). Also
 * held in the organisation's day of {@link ReportSummaries}, which the reports read. A participation is dated by
 * its occurrence, which does not move.
 */
@Repository
public class ParticipationFacts extends FactCollection {

    static final String COLLECTION = "participation_facts";

    private final ReportSummaries summaries;

    public ParticipationFacts(MongoDatabase database, ReportSummaries summaries) {
        super(database, COLLECTION);
        this.summaries = summaries;
    }

    public void record(String organisation, ParticipationRecorded participation) {
        String occurrence = participation.occurrenceId() == null
                ? participation.activityId() : participation.occurrenceId();
        String id = occurrence + "/" + participation.tenantId();
        String month = ReportMonth.of(participation.date());
        upsert(id, new Document("organisation", organisation)
                .append("tenantId", participation.tenantId())
                .append("activityId", participation.activityId())
                .append("organiser", participation.organiser())
                .append("recurring", participation.recurring())
                .append("category", participation.category())
                .append("placeId", participation.placeId())
                .append("month", month));
        summaries.put(ReportSummaries.dayKey(organisation, participation.date().toString()), ReportSummaries.PARTICIPATIONS, id,
                new Document("tenantId", participation.tenantId())
                        .append("activityId", participation.activityId())
                        .append("category", participation.category())
                        .append("placeId", participation.placeId()));
    }
}
