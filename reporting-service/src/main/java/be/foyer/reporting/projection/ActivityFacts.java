package be.foyer.reporting.projection;


import org.bson.Document;
import org.springframework.stereotype.Component;

import be.foyer.events.activities.ActivityHeld;

/**
 * An occurrence held (id = activity and occurrence), counted for its organiser with the activity's federation-wide
 * place id, held in the organiser's day of {@link ReportSummaries}, which the reports read (no collection of its
 * own: nothing reads one). The programme's transversal team meetings ({@value #TEAM_MEETING}) are occurrences like
 * any other here but count only as team meetings, never as activities or places of tenants. An occurrence is dated
 * by the day it was held, which does not move.
 */
@Component
public class ActivityFacts {

    /** The category of the programme's weekly transversal team meeting (activity-service's ActivityCategory). */
    public static final String TEAM_MEETING = "TEAM_MEETING";

    private final ReportSummaries summaries;

    public ActivityFacts(ReportSummaries summaries) {
        this.summaries = summaries;
    }

    public void held(FactBatch batch, String organiser, ActivityHeld held) {
        String id = held.occurrenceId() == null ? held.activityId() : held.activityId() + "/" + held.occurrenceId();
        summaries.put(batch, ReportSummaries.dayKey(organiser, held.heldOn().toString()), ReportSummaries.ACTIVITIES, id,
                new Document("activityId", held.activityId())
                        .append("recurring", held.recurring())
                        .append("category", held.category())
                        .append("placeId", held.placeId()));
    }

    /** An occurrence held: its activity, category and whether the activity is recurring. */
    public record Occurrence(String activityId, String category, boolean recurring) {
    }
}
