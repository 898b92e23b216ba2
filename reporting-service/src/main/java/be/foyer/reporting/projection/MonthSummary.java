package be.foyer.reporting.projection;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.bson.Document;

/**
 * One organisation's month as {@link ReportSummaries} holds it (day by day): its follow-ups, its tenants' participations and the
 * activities it held, each what its fact holds for the indicators. Sets of ids, so that months and organisations
 * are joined by union and nothing counts twice.
 */
public final class MonthSummary {

    private static final MonthSummary EMPTY = new MonthSummary(List.of(), List.of(), Map.of());

    private final Collection<Document> followUps;
    private final Collection<Document> participations;
    private final Map<String, Document> activities;

    private MonthSummary(Collection<Document> followUps, Collection<Document> participations,
            Map<String, Document> activities) {
        this.followUps = followUps;
        this.participations = participations;
        this.activities = activities;
    }

    /** The month from its days' documents (days without one had nothing). */
    static MonthSummary of(List<Document> days) {
        if (days.isEmpty()) {
            return EMPTY;
        }
        List<Document> followUps = new java.util.ArrayList<>();
        List<Document> participations = new java.util.ArrayList<>();
        Map<String, Document> activities = new java.util.HashMap<>();
        for (Document day : days) {
            followUps.addAll(section(day, ReportSummaries.FOLLOW_UPS).values());
            participations.addAll(section(day, ReportSummaries.PARTICIPATIONS).values());
            activities.putAll(section(day, ReportSummaries.ACTIVITIES));
        }
        return new MonthSummary(followUps, participations, activities);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Document> section(Document summary, String name) {
        Document section = summary.get(name, Document.class);
        return section == null ? Map.of() : (Map) section;
    }

    /** Indicator {@code tenantsMetIndividually}: tenants with a follow-up dated in the month. */
    public Set<String> tenantsMet() {
        return values(followUps, entry -> true, "tenantId");
    }

    /** Indicator {@code distinctParticipants}: tenants present at an activity (team meetings too). */
    public Set<String> participants() {
        return values(participations, entry -> true, "tenantId");
    }

    /** Indicator {@code activitiesJoined}: activities of any organiser its tenants took part in, team meetings aside. */
    public Set<String> activitiesJoined() {
        return values(participations, MonthSummary::notTeamMeeting, "activityId");
    }

    /** Indicators {@code recurringActivities} / {@code oneOffActivities}: activities held (a weekly one is one). */
    public Set<String> activitiesHeld(boolean recurring) {
        return values(activities.values(), entry -> notTeamMeeting(entry)
                && Boolean.valueOf(recurring).equals(entry.get("recurring")), "activityId");
    }

    /** Indicator {@code transversalTeamMeetings}: each team meeting held. */
    public Set<String> teamMeetingsHeld() {
        Set<String> held = new HashSet<>();
        activities.forEach((occurrence, entry) -> {
            if (!notTeamMeeting(entry)) {
                held.add(occurrence);
            }
        });
        return held;
    }

    /**
     * Indicator {@code distinctPlaces}: where its tenants were accompanied, where they went with an activity of any
     * organiser (outings), and where the activities it held took place; team meetings aside.
     */
    public Set<String> places() {
        Set<String> places = values(followUps, entry -> true, "placeId");
        places.addAll(values(participations, MonthSummary::notTeamMeeting, "placeId"));
        places.addAll(values(activities.values(), MonthSummary::notTeamMeeting, "placeId"));
        return places;
    }

    /** The activities it held, team meetings included (annual report: activities by category). */
    public List<ActivityFacts.Occurrence> occurrencesHeld() {
        return activities.values().stream().map(entry -> new ActivityFacts.Occurrence(entry.getString("activityId"),
                entry.getString("category"), Boolean.TRUE.equals(entry.get("recurring")))).toList();
    }

    public Map<String, Long> followUpsByMode() {
        Map<String, Long> counts = new TreeMap<>();
        followUps.forEach(entry -> counts.merge(String.valueOf(entry.getString("mode")), 1L, Long::sum));
        return counts;
    }

    /** A follow-up about several life domains counts once in each. */
    public Map<String, Long> followUpsByDomain() {
        Map<String, Long> counts = new TreeMap<>();
        followUps.forEach(entry -> entry.getList("domains", String.class, List.of())
                .forEach(domain -> counts.merge(domain, 1L, Long::sum)));
        return counts;
    }

    private static boolean notTeamMeeting(Document entry) {
        return !ActivityFacts.TEAM_MEETING.equals(entry.get("category"));
    }

    private static Set<String> values(Collection<Document> entries, Predicate<Document> which, String field) {
        Function<Document, Object> value = entry -> entry.get(field);
        Set<String> values = new HashSet<>();
        entries.stream().filter(which).map(value).filter(Objects::nonNull).forEach(v -> values.add(v.toString()));
        return values;
    }
}
