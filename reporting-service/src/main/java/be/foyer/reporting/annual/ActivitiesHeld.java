package be.foyer.reporting.annual;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import be.foyer.reporting.projection.ActivityFacts.Occurrence;

/**
 * The activities an organisation held over a period. Activity titles never travel on the bus, so they are counted
 * by category: distinct activities per category (a weekly workshop held forty times is one), distinct recurring
 * and one-off activities, and the transversal team meetings held (each meeting counts: the target is one a week).
 */
public record ActivitiesHeld(Map<String, Long> byCategory, long recurring, long oneOff, long teamMeetings) {

    /** The category activity-service gives the programme's weekly transversal team meeting. */
    public static final String TEAM_MEETING = "TEAM_MEETING";

    public static ActivitiesHeld of(List<Occurrence> occurrences) {
        Map<String, Set<String>> byCategory = new TreeMap<>();
        Set<String> recurring = new HashSet<>();
        Set<String> oneOff = new HashSet<>();
        long teamMeetings = 0;
        for (Occurrence occurrence : occurrences) {
            if (TEAM_MEETING.equals(occurrence.category())) {
                teamMeetings++;
                continue;
            }
            String category = occurrence.category() == null ? "OTHER" : occurrence.category();
            byCategory.computeIfAbsent(category, key -> new HashSet<>()).add(occurrence.activityId());
            (occurrence.recurring() ? recurring : oneOff).add(occurrence.activityId());
        }
        Map<String, Long> counts = new TreeMap<>();
        byCategory.forEach((category, activities) -> counts.put(category, (long) activities.size()));
        return new ActivitiesHeld(counts, recurring.size(), oneOff.size(), teamMeetings);
    }
}
