package be.foyer.reporting.projection;

import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.reporting.ReportMonth;

/**
 * One document per council meeting held ({@code _id} = meetingId) with the organisations that attended; also held in
 * the month's council summary of {@link ReportSummaries}, which the reports read.
 */
@Repository
public class CouncilMeetingFacts extends FactCollection {

    static final String COLLECTION = "council_meeting_facts";

    private final ReportSummaries summaries;

    public CouncilMeetingFacts(MongoDatabase database, ReportSummaries summaries) {
        super(database, COLLECTION);
        this.summaries = summaries;
    }

    public void held(CouncilMeetingHeld meeting) {
        String month = ReportMonth.of(meeting.heldOn());
        List<String> attending = meeting.attendingOrganisations() == null
                ? List.of() : meeting.attendingOrganisations();
        upsert(meeting.meetingId(), new Document("month", month).append("attendingOrganisations", attending));
        summaries.put(ReportSummaries.councilKey(month), ReportSummaries.MEETINGS, meeting.meetingId(),
                new Document("attending", attending));
    }
}
