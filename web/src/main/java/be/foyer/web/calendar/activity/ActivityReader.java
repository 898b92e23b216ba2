package be.foyer.web.calendar.activity;

import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;

/** The reads every activity page makes (the API answers 404 for another organisation's activity). */
@Component
class ActivityReader {

    private final ApiClient api;

    ActivityReader(ApiClient api) {
        this.api = api;
    }

    Activity activity(String activityId) {
        return api.get("/api/activities/{id}", Activity.class, activityId);
    }

    Occurrence occurrence(String activityId, String occurrenceId) {
        return api.get("/api/activities/{id}/occurrences/{occurrenceId}", Occurrence.class, activityId, occurrenceId);
    }

    Participants participants(String activityId, String occurrenceId) {
        return api.get("/api/activities/{id}/registrations?occurrenceId={occurrenceId}&size=200", Participants.class,
                activityId, occurrenceId);
    }
}
