package be.foyer.reporting.projection;


import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.activities.ActivityHeld;
import be.foyer.reporting.ReportMonth;

/**
 * One document per occurrence held ({@code _id} = activity and occurrence), counted for its organiser, with the
 * activity's federation-wide place id. The programme's transversal team meetings ({@value #TEAM_MEETING}) are
 * occurrences like any other here but count only as team meetings, never as activities or places of tenants. Also
 * held in the organiser's day of {@link ReportSummaries}, which the reports read; an occurrence is dated by the
 * day it was held, which does not move.
 */
@Repository
public class ActivityFacts extends FactCollection {

    static final String COLLECTION = "activity_facts";
    /** The category of the programme's weekly transversal team meeting (activity-service's ActivityCategory). */
    public static final String TEAM_MEETING = "TEAM_MEETING";

    private final ReportSummaries summaries;

    public ActivityFacts(MongoDatabase database, ReportSummaries summaries) {
        super(database, COLLECTION);
        this.summaries = summaries;
    }

    public void held(String organiser, ActivityHeld held) {
        String id = held.occurrenceId() == null ? held.activityId() : held.activityId() + "/" + held.occurrenceId();
        String month = ReportMonth.of(held.heldOn());
        upsert(id, new Document("organisation", organiser)
                .append("activityId", held.activityId())
                .append("recurring", held.recurring())
                .append("category", held.category())
                .append("placeId", held.placeId())
                .append("month", month));
        summaries.put(ReportSummaries.dayKey(organiser, held.heldOn().toString()), ReportSummaries.ACTIVITIES, id,
                new Document("activityId", held.activityId())
                        .append("recurring", held.recurring())
                        .append("category", held.category())
                        .append("placeId", held.placeId()));
    }

    /** An occurrence held: its activity, category and whether the activity is recurring. */
    public record Occurrence(String activityId, String category, boolean recurring) {
    }
}
