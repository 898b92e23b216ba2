package be.foyer.reporting.projection;

import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;


import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.reporting.ReportMonth;

/**
 * A council meeting held with the organisations that attended, held in the month's council summary of
 * {@link ReportSummaries}, which the reports read (no collection of its own: nothing reads one).
 */
@Component
public class CouncilMeetingFacts {

    private final ReportSummaries summaries;

    public CouncilMeetingFacts(ReportSummaries summaries) {
        this.summaries = summaries;
    }

    public void held(FactBatch batch, CouncilMeetingHeld meeting) {
        String month = ReportMonth.of(meeting.heldOn());
        List<String> attending = meeting.attendingOrganisations() == null
                ? List.of() : meeting.attendingOrganisations();
        summaries.put(batch, ReportSummaries.councilKey(month), ReportSummaries.MEETINGS, meeting.meetingId(),
                new Document("attending", attending));
    }
}
