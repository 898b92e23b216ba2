package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.reporting.ReportMonth;

/** One document per council meeting held ({@code _id} = meetingId) with the organisations that attended. */
@Repository
public class CouncilMeetingFacts extends FactCollection {

    static final String COLLECTION = "council_meeting_facts";

    public CouncilMeetingFacts(MongoDatabase database) {
        super(database, COLLECTION);
    }

    public void held(CouncilMeetingHeld meeting) {
        upsert(meeting.meetingId(), new Document("month", ReportMonth.of(meeting.heldOn()))
                .append("attendingOrganisations", meeting.attendingOrganisations() == null
                        ? List.of() : meeting.attendingOrganisations()));
    }

    /** Indicator {@code councilMeetings} for an organisation: the meetings of the month it attended. */
    public Set<String> attendedBy(String organisation, YearMonth month) {
        return distinct("_id", Filters.and(Filters.eq("month", month.toString()),
                Filters.eq("attendingOrganisations", organisation)));
    }

    /** Indicator {@code councilMeetings} federation-wide: the meetings held in the month. */
    public Set<String> heldIn(YearMonth month) {
        return distinct("_id", Filters.eq("month", month.toString()));
    }
}
