package be.foyer.web.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The indicators' order on every page (the contract's targets first, then what the organisation organised and
 * joined, then housing); names the page does not know come last, in the API's order. Their labels are
 * {@code reports.indicator.<name>}.
 */
final class Indicators {

    static final List<String> ORDER = List.of("distinctParticipants", "tenantsMetIndividually", "distinctPlaces",
            "recurringActivities", "oneOffActivities", "activitiesJoined", "councilMeetings",
            "transversalTeamMeetings", "tenantsHoused", "moveIns");

    /** Those a coordinator may set a target for. */
    static final List<String> WITH_TARGETS = List.of("distinctParticipants", "tenantsMetIndividually",
            "distinctPlaces", "recurringActivities", "oneOffActivities", "councilMeetings", "transversalTeamMeetings");

    private Indicators() {
    }

    static <T> List<Map.Entry<String, T>> ordered(Map<String, T> byName) {
        List<Map.Entry<String, T>> entries = new ArrayList<>(byName.entrySet());
        entries.sort(Comparator.comparingInt(entry -> rank(entry.getKey())));
        return entries;
    }

    private static int rank(String name) {
        int index = ORDER.indexOf(name);
        return index < 0 ? ORDER.size() : index;
    }
}
