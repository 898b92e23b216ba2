package be.foyer.web.tenants.followups;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ServiceUnavailableException;

/**
 * The places the organisation already accompanied people to ({@code GET /api/tenants/places?q=}): suggestions while
 * typing, and the category of a known place left without one. Only a help: when the API cannot answer, none.
 */
@Component
class Places {

    record Place(String name, String category) {
    }

    record PlaceList(List<Place> items) {
    }

    private final ApiClient api;

    Places(ApiClient api) {
        this.api = api;
    }

    List<Place> suggested(String typed) {
        try {
            PlaceList places = api.get("/api/tenants/places?q={q}", PlaceList.class, typed == null ? "" : typed.strip());
            return places.items() == null ? List.of() : places.items();
        } catch (ServiceUnavailableException outage) {
            return List.of();
        }
    }

    /** The category of the used place of this name (accents aside, the API matches the words), if there is one. */
    Optional<String> categoryOf(String name) {
        return suggested(name).stream().filter(place -> place.name().strip().equalsIgnoreCase(name.strip()))
                .map(Place::category).findFirst();
    }
}
