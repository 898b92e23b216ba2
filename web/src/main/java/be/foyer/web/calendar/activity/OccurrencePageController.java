package be.foyer.web.calendar.activity;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;

/**
 * One date of an activity: details, places left, waitlist; the caller's organisation's registrations by first name
 * with status, waitlist position and promotions; other organisations as counts. The federation analyst reads the
 * details only (the API refuses them the participants).
 */
@Controller
class OccurrencePageController {

    private final ActivityReader reader;

    OccurrencePageController(ActivityReader reader) {
        this.reader = reader;
    }

    @GetMapping("/calendar/activities/{activityId}/occurrences/{occurrenceId}")
    String occurrence(@PathVariable String activityId, @PathVariable String occurrenceId, CurrentUser user,
            Model model) {
        Occurrence occurrence = reader.occurrence(activityId, occurrenceId);
        model.addAttribute("activity", reader.activity(activityId));
        model.addAttribute("occurrence", occurrence);
        boolean mayPlan = ActivityRights.mayPlan(user, occurrence.organisation());
        model.addAttribute("mayPlan", mayPlan);
        model.addAttribute("mayRegister", ActivityRights.mayRegister(user) && !occurrence.isCancelled());
        model.addAttribute("mayTakeAttendance", mayPlan && !occurrence.isCancelled() && occurrence.isStarted());
        if (ActivityRights.seesParticipants(user)) {
            try {
                Participants participants = reader.participants(activityId, occurrenceId);
                model.addAttribute("participants", participants);
                model.addAttribute("cancellable", participants.items().stream()
                        .filter(row -> ActivityRights.mayCancel(user, row, occurrence.organisation()))
                        .map(Participants.Row::id).collect(Collectors.toSet()));
            } catch (ServiceUnavailableException outage) {
                model.addAttribute("participantsUnavailable", true);
            }
        }
        return "calendar/activity/occurrence";
    }
}
