package be.foyer.web.council;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.support.FormErrors;

/** Reading the meeting a form belongs to. */
final class CouncilReads {

    private CouncilReads() {
    }

    /**
     * The meeting; null when activity-service went down while a form was being posted (the form then comes back with
     * what was typed, undecorated). Opening a form during an outage shows the unavailable page.
     */
    static Meeting meetingKeptOnOutage(ApiClient api, String id, FormErrors errors) {
        try {
            return api.get("/api/council/meetings/{id}", Meeting.class, id);
        } catch (ServiceUnavailableException outage) {
            if (errors.isEmpty()) {
                throw outage;
            }
            return null;
        }
    }
}
