package be.foyer.launcher.demo;

import static be.foyer.launcher.demo.DemoClient.obj;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The calendar and the council. Activities that count this month are happening right now (started an hour ago),
 * since a worker can register tenants only until an occurrence ends and take attendance only once it started:
 * a weekly writing workshop and three one-off outings, attended by tenants of every organisation, and a council held
 * with two decisions. Then issue 5's walk-through on next Thursday's workshop: eight places filled by alice and
 * bruno, the ninth waitlisted and promoted when one of alice's tenants cancels. The solidarity meal counts the
 * pupils who came as outside participants, and the council meets on the first Tuesday of each of the next six
 * months, with a first agenda item proposed on behalf of one of alice's tenants. The re-affiliation programme's
 * transversal team met every Monday of the month so far.
 */
final class ActivitiesDemo {

    private final DemoClient api;
    private final LocalDateTime now;

    ActivitiesDemo(DemoClient api, LocalDateTime now) {
        this.api = api;
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
    }

    void run(Map<String, List<String>> tenantsByWorker) {
        // an hour ago, but today: just after midnight the activities would otherwise count for yesterday
        LocalDateTime start = now.minusHours(1).isBefore(now.toLocalDate().atStartOfDay())
                ? now.toLocalDate().atStartOfDay() : now.minusHours(1);
        String weekday = start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2)
                .toUpperCase(Locale.ROOT);
        heldToday(activity("Atelier radio des femmes", "WORKSHOP", start, "FREQ=WEEKLY;BYDAY=" + weekday + ";COUNT=10",
                20, "Maison de quartier Marolles", "CULTURE"), start, tenantsByWorker, 0);
        heldToday(activity("Balade en Forêt de Soignes", "NATURE", start, null, 30, "Forêt de Soignes", "NATURE"),
                start, tenantsByWorker, 1);
        heldToday(activity("Bowling", "SPORT", start, null, 25, "Bowling Crosly", "SPORT"), start, tenantsByWorker, 2);
        String meal = activity("Repas solidaire avec l'école", "MEAL", start, null, 40, "École n°7", "FAMILY");
        heldToday(meal, start, tenantsByWorker, 3);
        api.put("farid", "/api/activities/" + meal + "/attendance", obj("occurrenceId", meal + "@" + start,
                "outsideParticipants", obj("PUPIL", 12, "NEIGHBOUR", 0, "RELATIVE", 0, "OTHER", 0)));
        councilHeld(start);
        councilSeries(tenantsByWorker.get("alice").get(1));
        teamMeetingsThisMonth();
        nextThursdayWorkshop(tenantsByWorker.get("alice"), tenantsByWorker.get("bruno"));
    }

    private String activity(String title, String category, LocalDateTime start, String recurrence, int capacity,
            String placeName, String placeCategory) {
        return api.create("farid", "/api/activities", obj("title", title, "category", category,
                "visibility", "FEDERATION", "start", start, "end", start.plusHours(3), "recurrence", recurrence,
                "capacity", capacity, "place", obj("name", placeName, "category", placeCategory)));
    }

    /** Every organisation registers about a third of its tenants (a different third per activity); most come. */
    private void heldToday(String activity, LocalDateTime start, Map<String, List<String>> tenantsByWorker, int turn) {
        String occurrence = activity + "@" + start;
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        tenantsByWorker.forEach((worker, tenants) -> {
            for (int i = turn; i < tenants.size(); i += 3) {
                JsonNode registration = api.post(worker, "/api/activities/" + activity + "/registrations",
                        obj("tenantId", tenants.get(i), "occurrenceId", occurrence));
                if ("CONFIRMED".equals(registration.path("status").asText())) {
                    (i % 7 == 6 ? absent : present).add(registration.path("id").asText());
                }
            }
        });
        api.put("farid", "/api/activities/" + activity + "/attendance",
                obj("occurrenceId", occurrence, "present", present, "absent", absent));
    }

    private void councilHeld(LocalDateTime start) {
        String meeting = api.create("farid", "/api/council/meetings",
                obj("start", start, "placeName", "Salle du Smes"));
        String laundry = propose("alice", meeting, "Opening hours of the shared laundry");
        String outing = propose("bruno", meeting, "A summer outing to the sea");
        api.put("farid", "/api/council/meetings/" + meeting + "/minutes", obj(
                "minutes", "Twelve tenants from five projects. The laundry question goes to the landlords.",
                "attendance", List.of(obj("organisation", "smes", "tenantsPresent", 4),
                        obj("organisation", "diogenes", "tenantsPresent", 3),
                        obj("organisation", "infirmiers-de-rue", "tenantsPresent", 2),
                        obj("organisation", "new-samusocial", "tenantsPresent", 2),
                        obj("organisation", "a-toi-mon-toit", "tenantsPresent", 1)),
                "outcomes", List.of(obj("agendaItemId", laundry, "outcome", "Ask for evening hours"),
                        obj("agendaItemId", outing, "outcome", "Adopted for July")),
                "status", "HELD"));
        api.post("farid", "/api/council/meetings/" + meeting + "/decisions", obj("text", "Ask the landlords to open "
                + "the laundry until 21:00", "agendaItemId", laundry, "votesFor", 9, "votesAgainst", 1,
                "abstentions", 2, "ownerOrganisation", "a-toi-mon-toit", "dueDate", start.toLocalDate().plusMonths(1)));
        api.post("farid", "/api/council/meetings/" + meeting + "/decisions", obj("text", "Organise a day at the sea "
                + "in July", "agendaItemId", outing, "votesFor", 11, "votesAgainst", 0, "abstentions", 1,
                "ownerOrganisation", "diogenes", "dueDate", start.toLocalDate().plusMonths(7)));
    }

    private void councilSeries(String alicesTenant) {
        LocalDateTime first = now.toLocalDate().plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))
                .atTime(18, 0);
        String meeting = api.create("farid", "/api/council/meetings", obj("start", first, "end", first.plusHours(2),
                "recurrence", "FREQ=MONTHLY;BYDAY=1TU;COUNT=6", "placeName", "Salle du Smes"));
        api.post("alice", "/api/council/meetings/" + meeting + "/agenda-items",
                obj("title", "Heating in the common room", "tenantId", alicesTenant));
    }

    /**
     * The re-affiliation programme's transversal team meeting, every Monday at 09:30 from the first of the month,
     * held (attendance with nobody listed) on each Monday already past.
     */
    private void teamMeetingsThisMonth() {
        LocalDateTime first = now.toLocalDate().withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .atTime(9, 30);
        List<LocalDateTime> past = new ArrayList<>();
        for (LocalDateTime monday = first; !monday.isAfter(now); monday = monday.plusWeeks(1)) {
            past.add(monday);
        }
        if (past.isEmpty()) {
            return;
        }
        String meeting = api.create("farid", "/api/activities", obj("title", "Réunion d'équipe transversale",
                "category", "TEAM_MEETING", "visibility", "FEDERATION", "start", first, "end", first.plusHours(1),
                "recurrence", "FREQ=WEEKLY;BYDAY=MO;COUNT=" + past.size(), "capacity", 20,
                "place", obj("name", "Smes, salle de réunion", "category", "ADMINISTRATION")));
        past.forEach(monday -> api.put("farid", "/api/activities/" + meeting + "/attendance",
                obj("occurrenceId", meeting + "@" + monday)));
    }

    /** Answers the new agenda item's id: the answer is the meeting, its agenda in order. */
    private String propose(String worker, String meeting, String title) {
        JsonNode agenda = api.post(worker, "/api/council/meetings/" + meeting + "/agenda-items", obj("title", title))
                .path("agenda");
        return agenda.path(agenda.size() - 1).path("id").asText();
    }

    private void nextThursdayWorkshop(List<String> aliceTenants, List<String> brunoTenants) {
        LocalDateTime start = now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).atTime(14, 0);
        String workshop = api.create("farid", "/api/activities", obj("title", "Atelier d'écriture",
                "category", "WORKSHOP", "visibility", "FEDERATION", "start", start, "end", start.plusHours(2),
                "recurrence", "FREQ=WEEKLY;BYDAY=TH", "capacity", 8,
                "place", obj("name", "Maison de quartier Marolles", "category", "CULTURE")));
        String occurrence = workshop + "@" + start;
        String path = "/api/activities/" + workshop + "/registrations";
        List<String> alices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            alices.add(api.create("alice", path, obj("tenantId", aliceTenants.get(i), "occurrenceId", occurrence)));
        }
        for (int i = 0; i < 4; i++) {
            api.create("bruno", path, obj("tenantId", brunoTenants.get(i), "occurrenceId", occurrence));
        }
        api.delete("alice", path + "/" + alices.get(0));
    }
}
