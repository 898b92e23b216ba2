package be.foyer.web.calendar.activity;

import java.util.List;

import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.support.TenantNames;

/** The reads every activity page makes (the API answers 404 for another organisation's activity). */
@Component
class ActivityReader {

    private final ApiClient api;
    private final TenantNames tenantNames;

    ActivityReader(ApiClient api, TenantNames tenantNames) {
        this.api = api;
        this.tenantNames = tenantNames;
    }

    Activity activity(String activityId) {
        return api.get("/api/activities/{id}", Activity.class, activityId);
    }

    Occurrence occurrence(String activityId, String occurrenceId) {
        return api.get("/api/activities/{id}/occurrences/{occurrenceId}", Occurrence.class, activityId, occurrenceId);
    }

    /**
     * The date's participants; the caller's own tenants (the rows with a tenant id) named as tenant-service names
     * them, since a registration keeps a first name only when the worker typed one.
     */
    Participants participants(String activityId, String occurrenceId) {
        Participants participants = api.get("/api/activities/{id}/registrations?occurrenceId={occurrenceId}&size=100",
                Participants.class, activityId, occurrenceId);
        List<String> unnamed = participants.items().stream().filter(row -> row.tenantId() != null)
                .map(Participants.Row::tenantId).toList();
        return unnamed.isEmpty() ? participants : participants.named(tenantNames.of(unnamed));
    }
}
