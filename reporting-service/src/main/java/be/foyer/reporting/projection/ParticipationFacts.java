package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.reporting.ReportMonth;

/**
 * One document per tenant present at an occurrence ({@code _id} = occurrence and tenant). It counts for the
 * tenant's organisation (the envelope's), whoever organised the activity, with the activity's category and
 * federation-wide place id (facts projected before these were kept read as neither team meeting nor place).
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
                .append("category", participation.category())
                .append("placeId", participation.placeId())
                .append("month", ReportMonth.of(participation.date())));
    }

    /** Indicator {@code distinctParticipants}: the organisation's tenants present at an activity in the month. */
    public Set<String> participants(String organisation, YearMonth month) {
        return distinct("tenantId", Filters.and(Filters.eq("organisation", organisation),
                Filters.eq("month", month.toString())));
    }

    /** Indicator {@code activitiesJoined}: activities of any organiser the organisation's tenants took part in. */
    public Set<String> activitiesJoined(String organisation, YearMonth month) {
        return distinct("activityId", activitiesOf(organisation, month));
    }

    /** For {@code distinctPlaces}: where the organisation's tenants went with an activity (outings). */
    public Set<String> placesVisited(String organisation, YearMonth month) {
        return distinct("placeId", activitiesOf(organisation, month));
    }

    private static Bson activitiesOf(String organisation, YearMonth month) {
        return Filters.and(Filters.eq("organisation", organisation), Filters.eq("month", month.toString()),
                Filters.ne("category", ActivityFacts.TEAM_MEETING));
    }
}
