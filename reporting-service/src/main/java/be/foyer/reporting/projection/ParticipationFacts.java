package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.reporting.ReportMonth;

/**
 * One document per tenant present at an occurrence ({@code _id} = occurrence and tenant). It counts for the
 * tenant's organisation (the envelope's), whoever organised the activity.
 */
@Repository
public class ParticipationFacts extends FactCollection {

    static final String COLLECTION = "participation_facts";

    public ParticipationFacts(MongoDatabase database) {
        super(database, COLLECTION);
        facts.createIndex(Indexes.ascending("organisation", "month"));
    }

    public void record(String organisation, ParticipationRecorded participation) {
        String occurrence = participation.occurrenceId() == null
                ? participation.activityId() : participation.occurrenceId();
        upsert(occurrence + "/" + participation.tenantId(), new Document("organisation", organisation)
                .append("tenantId", participation.tenantId())
                .append("activityId", participation.activityId())
                .append("organiser", participation.organiser())
                .append("recurring", participation.recurring())
                .append("month", ReportMonth.of(participation.date())));
    }

    /** Indicator {@code distinctParticipants}: the organisation's tenants present at an activity in the month. */
    public Set<String> participants(String organisation, YearMonth month) {
        return distinct("tenantId", Filters.and(Filters.eq("organisation", organisation),
                Filters.eq("month", month.toString())));
    }
}
