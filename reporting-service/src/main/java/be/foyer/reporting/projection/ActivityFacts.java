package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.activities.ActivityHeld;
import be.foyer.reporting.ReportMonth;

/**
 * One document per occurrence held ({@code _id} = activity and occurrence), counted for its organiser, with the
 * activity's federation-wide place id. The programme's transversal team meetings ({@value #TEAM_MEETING}) are
 * occurrences like any other here but count only as team meetings, never as activities or places of tenants.
 */
@Repository
public class ActivityFacts extends FactCollection {

    static final String COLLECTION = "activity_facts";
    /** The category of the programme's weekly transversal team meeting (activity-service's ActivityCategory). */
    public static final String TEAM_MEETING = "TEAM_MEETING";

    public ActivityFacts(MongoDatabase database) {
        super(database, COLLECTION);
    }

    public void held(String organiser, ActivityHeld held) {
        String id = held.occurrenceId() == null ? held.activityId() : held.activityId() + "/" + held.occurrenceId();
        upsert(id, new Document("organisation", organiser)
                .append("activityId", held.activityId())
                .append("recurring", held.recurring())
                .append("category", held.category())
                .append("placeId", held.placeId())
                .append("month", ReportMonth.of(held.heldOn())));
    }

    /**
     * Indicators {@code recurringActivities} and {@code oneOffActivities}: the activities the organisation held in
     * the month; a weekly workshop held four times is one recurring activity.
     */
    public Set<String> activitiesHeld(String organiser, YearMonth month, boolean recurring) {
        return distinct("activityId", Filters.and(heldBy(organiser, month), Filters.eq("recurring", recurring),
                Filters.ne("category", TEAM_MEETING)));
    }

    /** Indicator {@code transversalTeamMeetings}: each team meeting held (a weekly one counts four times a month). */
    public Set<String> teamMeetingsHeld(String organiser, YearMonth month) {
        return distinct("_id", Filters.and(heldBy(organiser, month), Filters.eq("category", TEAM_MEETING)));
    }

    /** For {@code distinctPlaces}: where the activities the organisation held took place (team meetings aside). */
    public Set<String> placesOfActivitiesHeld(String organiser, YearMonth month) {
        return distinct("placeId", Filters.and(heldBy(organiser, month), Filters.ne("category", TEAM_MEETING)));
    }

    private static Bson heldBy(String organiser, YearMonth month) {
        return Filters.and(Filters.eq("organisation", organiser), Filters.eq("month", month.toString()));
    }

    /** An occurrence held: its activity, category and whether the activity is recurring. */
    public record Occurrence(String activityId, String category, boolean recurring) {
    }

    /** The occurrences the organisation held in the given months (annual report: activities by category). */
    public List<Occurrence> occurrencesHeld(String organiser, Collection<YearMonth> months) {
        List<String> monthKeys = months.stream().map(YearMonth::toString).toList();
        return facts.find(Filters.and(Filters.eq("organisation", organiser), Filters.in("month", monthKeys)))
                .map(held -> new Occurrence(text(held.get("activityId")), text(held.get("category")),
                        Boolean.TRUE.equals(held.get("recurring"))))
                .into(new ArrayList<>());
    }
}
