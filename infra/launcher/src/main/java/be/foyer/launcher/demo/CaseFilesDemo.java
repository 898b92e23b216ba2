package be.foyer.launcher.demo;

import be.foyer.events.tenants.ConsentPurpose;
import static be.foyer.launcher.demo.DemoClient.obj;

import java.time.LocalDate;
import java.util.List;

/**
 * The tenant files of issue 3's walk-through: alice's tenant with a phone call, an accompaniment to a museum, a plan
 * and consents, and two appointments in the coming days; bruno's own tenant; hanna's two tenants, one of them
 * assigned to eva the volunteer.
 */
final class CaseFilesDemo {

    private final DemoClient api;
    private final LocalDate today;

    CaseFilesDemo(DemoClient api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    /** Answers the ids of alice's two tenants: Marc (consents given) and Fatima (looking for a home). */
    List<String> run() {
        String marc = api.create("alice", "/api/tenants", obj("firstName", "Marc", "lastName", "Vandenberghe",
                "birthDate", "1985-07-30", "languages", List.of("fr", "nl"), "phone", "+32 470 11 22 33",
                "nationalRegisterNumber", "85.07.30-033.28", "referentWorkers", List.of("alice"),
                "status", "SEARCHING"));
        api.create("alice", "/api/tenants/" + marc + "/follow-ups", obj("date", today.minusDays(3), "mode", "PHONE",
                "durationMinutes", 30, "domains", List.of("HOUSING"), "note", "Asked about the AIS waiting list."));
        api.create("alice", "/api/tenants/" + marc + "/follow-ups", obj("date", today.minusDays(1),
                "mode", "ACCOMPANIMENT", "durationMinutes", 120,
                "place", obj("name", "Musée Magritte", "category", "CULTURE"),
                "domains", List.of("CULTURE", "MOBILITY"), "note", "First visit to a museum in years.",
                "healthNote", "Knee pain on the stairs."));
        api.put("alice", "/api/tenants/" + marc + "/support-plan", obj("goals", List.of(
                obj("domain", "HOUSING", "description", "Find a studio near the Marolles", "status", "IN_PROGRESS",
                        "targetDate", today.plusMonths(4)),
                obj("domain", "HEALTH", "description", "See a GP about the knee", "status", "PLANNED",
                        "targetDate", today.plusMonths(1)))));
        api.put("alice", "/api/tenants/" + marc + "/consents", obj("consents", List.of(
                obj("purpose", ConsentPurpose.FEDERATION_STATISTICS.name(), "granted", true),
                obj("purpose", ConsentPurpose.SHARED_ACTIVITIES.name(), "granted", true))));

        String fatima = api.create("alice", "/api/tenants", obj("firstName", "Fatima", "lastName", "Benali",
                "status", "SEARCHING", "household", obj("adults", 1, "children", 2),
                "referentWorkers", List.of("alice")));
        api.create("alice", "/api/tenants/" + fatima + "/follow-ups",
                obj("date", today.minusDays(2), "mode", "PHONE", "durationMinutes", 20));
        // alice's appointments in the coming days, shown on her home page
        api.create("alice", "/api/tenants/" + marc + "/follow-ups", obj("status", "PLANNED", "date", today.plusDays(1),
                "time", "10:00", "mode", "HOME_VISIT", "durationMinutes", 60, "domains", List.of("HOUSING")));
        api.create("alice", "/api/tenants/" + fatima + "/follow-ups", obj("status", "PLANNED",
                "date", today.plusDays(3), "time", "14:30", "mode", "ACCOMPANIMENT", "durationMinutes", 90,
                "place", obj("name", "CPAS de Bruxelles", "category", "ADMINISTRATION"),
                "domains", List.of("RIGHTS")));

        String jean = api.create("bruno", "/api/tenants", obj("firstName", "Jean", "lastName", "Claes"));
        api.create("bruno", "/api/tenants/" + jean + "/follow-ups",
                obj("date", today.minusDays(1), "mode", "STREET", "durationMinutes", 45));

        String sara = api.create("hanna", "/api/tenants", obj("firstName", "Sara", "lastName", "Lambert",
                "assignedVolunteers", List.of("eva")));
        api.create("hanna", "/api/tenants/" + sara + "/follow-ups", obj("date", today.minusDays(4),
                "mode", "HOME_VISIT", "durationMinutes", 60, "healthNote", "Sleeps badly since the move."));
        api.create("eva", "/api/tenants/" + sara + "/follow-ups", obj("date", today.minusDays(1),
                "mode", "WHATSAPP", "durationMinutes", 10, "note", "Coffee on Thursday confirmed."));
        api.create("hanna", "/api/tenants", obj("firstName", "Paul", "lastName", "Dumont"));
        return List.of(marc, fatima);
    }
}
