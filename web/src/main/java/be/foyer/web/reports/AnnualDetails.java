package be.foyer.web.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.calendar.CalendarItem;
import be.foyer.web.council.decisions.Decision;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.ApiQuery;

/**
 * What the annual page adds to the reports API's year (titles and texts never travel on the bus, so reporting
 * counts by category and status only): the activities the organisations organised and held in the year, with their
 * titles ({@code GET /api/activities?from=&to=&organisation=}, occurrences HELD, team meetings aside), and the
 * decisions of the year's council meetings they carry, with their texts ({@code GET /api/council/decisions
 * ?ownerOrganisation=}, latest meeting first). No person is named in either. Each list is read page after page up to
 * {@link #MAX_PAGES} per organisation; beyond, the page says the list is incomplete. activity-service being down
 * leaves the reporting figures on the page, with a note.
 */
@Component
public class AnnualDetails {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 10;

    private static final ParameterizedTypeReference<ApiList<CalendarItem>> OCCURRENCES =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<ApiList<Decision>> DECISIONS = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;

    AnnualDetails(ApiClient api) {
        this.api = api;
    }

    /** An activity held in the year: its title, category, organiser and how many of its dates took place. */
    public record HeldActivity(String title, String category, String organisation, int timesHeld) {
    }

    /**
     * @param available false when activity-service could not be read
     * @param complete  false when there were more than could be read
     */
    public record Details(List<HeldActivity> activities, List<Decision> decisions, boolean available,
            boolean complete) {
    }

    Details of(List<String> organisations, int year) {
        try {
            boolean complete = true;
            Map<String, HeldActivity> activities = new LinkedHashMap<>();
            List<Decision> decisions = new ArrayList<>();
            for (String organisation : organisations) {
                complete &= held(organisation, year, activities);
                complete &= decided(organisation, year, decisions);
            }
            List<HeldActivity> byTitle = new ArrayList<>(activities.values());
            byTitle.sort(Comparator.comparing(HeldActivity::category).thenComparing(HeldActivity::title,
                    String.CASE_INSENSITIVE_ORDER));
            decisions.sort(Comparator.comparing(Decision::meetingDate).thenComparing(Decision::id));
            return new Details(byTitle, decisions, true, complete);
        } catch (ServiceUnavailableException outage) {
            return new Details(List.of(), List.of(), false, false);
        }
    }

    /** Adds the organisation's activities held in the year; false if there were more pages than read. */
    private boolean held(String organisation, int year, Map<String, HeldActivity> activities) {
        for (int page = 0; page < MAX_PAGES; page++) {
            ApiQuery call = ApiQuery.of("/api/activities").param("from", LocalDate.of(year, 1, 1))
                    .param("to", LocalDate.of(year, 12, 31)).param("organisation", organisation)
                    .param("page", page).param("size", PAGE_SIZE);
            ApiList<CalendarItem> found = api.get(call.template(), OCCURRENCES, call.values());
            for (CalendarItem item : found.items()) {
                if (item.isCouncilMeeting() || !"HELD".equals(item.status()) || "TEAM_MEETING".equals(item.category())
                        || !organisation.equals(item.organisation())) {
                    continue;
                }
                activities.merge(item.activityId(), new HeldActivity(item.title(), item.category(),
                        item.organisation(), 1), (was, again) -> new HeldActivity(was.title(), was.category(),
                        was.organisation(), was.timesHeld() + 1));
            }
            if (!found.hasNext()) {
                return true;
            }
        }
        return false;
    }

    /** Adds the decisions of the year's meetings the organisation carries; false if more pages than read. */
    private boolean decided(String organisation, int year, List<Decision> decisions) {
        for (int page = 0; page < MAX_PAGES; page++) {
            ApiQuery call = ApiQuery.of("/api/council/decisions").param("ownerOrganisation", organisation)
                    .param("page", page).param("size", PAGE_SIZE);
            ApiList<Decision> found = api.get(call.template(), DECISIONS, call.values());
            for (Decision decision : found.items()) {
                if (decision.meetingDate() != null && decision.meetingDate().getYear() == year) {
                    decisions.add(decision);
                } else if (decision.meetingDate() != null && decision.meetingDate().getYear() < year) {
                    return true; // latest meeting first: the rest is older
                }
            }
            if (!found.hasNext()) {
                return true;
            }
        }
        return false;
    }
}
