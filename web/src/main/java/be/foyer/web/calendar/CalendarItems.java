package be.foyer.web.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.ApiQuery;

/**
 * The calendar's entries between two days, filtered, read from {@code GET /api/activities} page after page (the
 * API gives at most 100 a page). A month of the whole federation could be long: past {@link #MAX_PAGES} pages the
 * list stops and says so, and the user narrows it with the filters.
 */
@Component
class CalendarItems {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 5;

    private static final ParameterizedTypeReference<ApiList<CalendarItem>> ITEMS = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;

    CalendarItems(ApiClient api) {
        this.api = api;
    }

    /** The entries by start; {@code complete} is false when there were more than could be read. */
    record Found(List<CalendarItem> items, boolean complete) {
    }

    Found of(CalendarQuery query) {
        List<CalendarItem> items = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            ApiList<CalendarItem> found = page(query.from(), query.to(), query, page);
            items.addAll(found.items());
            if (!found.hasNext()) {
                return new Found(items, true);
            }
        }
        return new Found(items, false);
    }

    private ApiList<CalendarItem> page(LocalDate from, LocalDate to, CalendarQuery query, int page) {
        ApiQuery call = ApiQuery.of("/api/activities").param("from", from).param("to", to)
                .param("organisation", query.organisation()).param("category", query.category())
                .param("registered", query.mine() ? "mine" : null).param("page", page).param("size", PAGE_SIZE);
        return api.get(call.template(), ITEMS, call.values());
    }
}
