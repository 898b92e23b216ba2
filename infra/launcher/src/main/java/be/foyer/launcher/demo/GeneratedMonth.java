package be.foyer.launcher.demo;

import be.foyer.events.tenants.ConsentPurpose;
import static be.foyer.launcher.demo.DemoClient.obj;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A month of activity across the six organisations, so that the reports have something to show: tenants (some
 * with a register number and the statistics consent, three of them followed by both smes and diogenes), follow-ups
 * from the first of this month to today, Housing First tenancies begun over the last 30 months (some ended) for the
 * retention table. The current month, not the last one: activities can be attended only as they happen.
 * Random but seeded: every fresh platform gets the same figures.
 */
final class GeneratedMonth {

    /** Worker and number of tenants per organisation; habitat-et-humanisme stays under 5 to show suppression. */
    static final Map<String, Integer> TENANTS_PER_WORKER = Map.of("alice", 24, "bruno", 18, "chloe", 12,
            "david", 22, "hugo", 8, "hanna", 3);
    private static final List<String> WORKERS = List.of("alice", "bruno", "chloe", "david", "hugo", "hanna");
    private static final String[] FIRST_NAMES = {"Ahmed", "Anne", "Bart", "Chantal", "Dirk", "Elif", "Fabrice",
        "Greet", "Hassan", "Ines", "Jan", "Karima", "Luc", "Maria", "Nadia", "Olivier", "Patrick", "Rachida",
        "Stefan", "Tania", "Youssef", "Zofia"};
    private static final String[] LAST_NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
        "El Amrani", "Dubois", "Lambert", "Dupont", "Nowak", "Popescu", "Yilmaz", "Goossens", "Renard"};
    private static final String[] MODES = {"HOME_VISIT", "OFFICE", "PHONE", "WHATSAPP", "STREET"};
    private static final String[] DOMAINS = {"HEALTH", "HOUSING", "EMPLOYMENT", "ENERGY", "DIGITAL", "CULTURE",
        "FAMILY", "RIGHTS", "BUDGET"};
    private static final String[][] PLACES = {{"CHU Saint-Pierre", "HEALTH"}, {"CPAS de Bruxelles", "ADMINISTRATION"},
        {"Maison médicale du Nord", "HEALTH"}, {"AIS Quartiers", "HOUSING"}, {"Bozar", "CULTURE"},
        {"Musée Magritte", "CULTURE"}, {"Forêt de Soignes", "NATURE"}, {"Piscine Victor Boin", "SPORT"},
        {"Commune de Schaerbeek", "ADMINISTRATION"}, {"Actiris", "TRAINING"}, {"Bibliothèque Muntpunt", "CULTURE"},
        {"Parc du Cinquantenaire", "NATURE"}};
    private static final String[] END_REASONS = {"MOVED_ON", "RELAYED", "RETURN_TO_STREET", "HOSPITAL", "OTHER"};
    private static final String[][] STREETS = {{"Rue Haute", "1000", "Bruxelles"}, {"Chaussée d'Ixelles", "1050",
        "Ixelles"}, {"Rue de Brabant", "1030", "Schaerbeek"}, {"Chaussée de Gand", "1080", "Molenbeek-Saint-Jean"},
        {"Rue de Mérode", "1060", "Saint-Gilles"}, {"Avenue Clemenceau", "1070", "Anderlecht"}};

    private final DemoClient api;
    private final LocalDate today;
    private final Random random = new Random(2026);

    GeneratedMonth(DemoClient api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    /** Creates everything and answers each worker's tenants, for the activities to register. */
    Map<String, List<String>> run() {
        Map<String, List<String>> tenants = new java.util.LinkedHashMap<>();
        int person = 0;
        for (String worker : WORKERS) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < TENANTS_PER_WORKER.get(worker); i++) {
                // the first three people of smes are also followed by diogenes: same register number
                int identity = worker.equals("bruno") && i < 3 ? i : person++;
                ids.add(tenant(worker, identity));
            }
            tenants.put(worker, ids);
        }
        tenants.forEach((worker, ids) -> ids.forEach(id -> followUps(worker, id)));
        tenants.forEach((worker, ids) -> ids.forEach(id -> housing(worker, id)));
        return tenants;
    }

    private String tenant(String worker, int identity) {
        String id = api.create(worker, "/api/tenants", obj(
                "firstName", FIRST_NAMES[identity % FIRST_NAMES.length],
                "lastName", LAST_NAMES[(identity * 7) % LAST_NAMES.length],
                // the worker's caseload; about one in seven gets no follow-up this month (followUps)
                "referentWorkers", List.of(worker),
                "nationalRegisterNumber", identity % 2 == 0 ? registerNumber(identity) : null));
        if (identity % 2 == 0) {
            api.put(worker, "/api/tenants/" + id + "/consents", obj("consents", List.of(
                    obj("purpose", ConsentPurpose.FEDERATION_STATISTICS.name(), "granted", true),
                    obj("purpose", ConsentPurpose.SHARED_ACTIVITIES.name(), "granted", identity % 4 == 0))));
        }
        return id;
    }

    private void followUps(String worker, String tenant) {
        if (random.nextInt(100) >= 85) {
            return;
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            LocalDate date = today.withDayOfMonth(1 + random.nextInt(today.getDayOfMonth()));
            boolean accompaniment = random.nextInt(4) == 0;
            String[] place = PLACES[random.nextInt(PLACES.length)];
            api.create(worker, "/api/tenants/" + tenant + "/follow-ups", obj("date", date,
                    "mode", accompaniment ? "ACCOMPANIMENT" : MODES[random.nextInt(MODES.length)],
                    "durationMinutes", 15 + 15 * random.nextInt(8),
                    "domains", List.of(DOMAINS[random.nextInt(DOMAINS.length)]),
                    "place", accompaniment ? obj("name", place[0], "category", place[1]) : null));
        }
    }

    private void housing(String worker, String tenant) {
        if (random.nextInt(100) >= 60) {
            return;
        }
        String[] street = STREETS[random.nextInt(STREETS.length)];
        String dwelling = api.create(worker, "/api/dwellings", obj("housingModel", "HOUSING_FIRST", "capacity", 1,
                "address", HousingDemo.address(street[0], String.valueOf(1 + random.nextInt(200)), street[1],
                        street[2]),
                "landlordKind", random.nextBoolean() ? "AIS" : "SISP", "monthlyRentCents", 45000 + 500 * random.nextInt(60)));
        LocalDate moveIn = today.minusDays(random.nextInt(900));
        String tenancy = api.createOnceKnown(worker, "/api/tenancies",
                obj("tenantId", tenant, "dwellingId", dwelling, "moveInDate", moveIn));
        if (random.nextInt(100) < 20) {
            LocalDate end = moveIn.plusDays(30 + random.nextInt(600));
            if (end.isBefore(today)) {
                api.post(worker, "/api/tenancies/" + tenancy + "/end",
                        obj("endDate", end, "reason", END_REASONS[random.nextInt(END_REASONS.length)]));
            }
        }
    }

    /** A valid Belgian national register number for someone born in the 1960s to 1990s (mod-97 check digits). */
    static String registerNumber(int identity) {
        int year = 60 + identity % 38;
        int monthOfYear = 1 + identity % 12;
        int day = 1 + identity % 28;
        int serial = 1 + (identity * 37) % 997;
        long body = year * 10_000_000L + monthOfYear * 100_000L + day * 1_000L + serial;
        long check = 97 - body % 97;
        return String.format("%02d.%02d.%02d-%03d.%02d", year, monthOfYear, day, serial, check);
    }
}
