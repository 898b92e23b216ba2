package be.foyer.web.calendar;

import be.foyer.events.BrusselsTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.DateFormats;

/** The user's own calendar links as {@code GET /api/activities/calendar-feed/links} lists them (no address). */
@Component
class FeedLinks {

    static final String LINKS = "/api/activities/calendar-feed/links";
    static final int PAGE_SIZE = 10;
    private static final int LOOKUP_PAGE_SIZE = 100;
    private static final ParameterizedTypeReference<ApiList<FeedLink>> LIST = new ParameterizedTypeReference<>() {
    };

    /**
     * One link. {@code status}: ACTIVE, EXPIRED, SUSPENDED (its owner lost the role or organisation it was made
     * with), PAUSED (its owner has not signed in for a while).
     */
    public record FeedLink(String id, String label, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
            boolean followCouncil, String status) {

        public LocalDate createdOn() {
            return createdAt.atZone(BrusselsTime.ZONE).toLocalDate();
        }

        public LocalDate expiresOn() {
            return expiresAt.atZone(BrusselsTime.ZONE).toLocalDate();
        }

        public boolean isActive() {
            return "ACTIVE".equals(status);
        }
    }

    private final ApiClient api;

    FeedLinks(ApiClient api) {
        this.api = api;
    }

    ApiList<FeedLink> page(int page) {
        return api.get(LINKS + "?page={page}&size={size}", LIST, Math.max(0, page), PAGE_SIZE);
    }

    /** One of the user's links, looked for through their list (the API has no read of a single link). */
    Optional<FeedLink> find(String id) {
        for (int page = 0;; page++) {
            ApiList<FeedLink> links = api.get(LINKS + "?page={page}&size={size}", LIST, page, LOOKUP_PAGE_SIZE);
            Optional<FeedLink> found = links.items().stream().filter(link -> link.id().equals(id)).findFirst();
            if (found.isPresent() || !links.hasNext()) {
                return found;
            }
        }
    }

    void revoke(String id) {
        api.delete(LINKS + "/{id}", id);
    }
}
