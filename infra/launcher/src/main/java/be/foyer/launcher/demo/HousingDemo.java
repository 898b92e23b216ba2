package be.foyer.launcher.demo;

import static be.foyer.launcher.demo.DemoClient.obj;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Issue 4's walk-through: hugo's grouped-housing site with a garden and a laundry, three dwellings and two tenants
 * moved in; a kangaroo house holding two households; alice's housing search for Fatima, closed by her move-in.
 */
final class HousingDemo {

    private final DemoClient api;
    private final LocalDate today;

    HousingDemo(DemoClient api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    void run(String searchingTenant) {
        String site = api.create("hugo", "/api/sites", obj("name", "Maison Biloba", "housingModel", "GROUPED_SOLIDARITY",
                "address", address("Rue de la Victoire", "7", "1060", "Saint-Gilles"),
                "sharedSpaces", List.of("GARDEN", "LAUNDRY"), "houseRules", "Garden shared until 22:00."));
        String first = null;
        String second = null;
        for (int flat = 1; flat <= 3; flat++) {
            String dwelling = api.create("hugo", "/api/dwellings", obj("siteId", site, "capacity", 1,
                    "address", obj("street", "Rue de la Victoire", "number", "7", "box", String.valueOf(flat),
                            "postcode", "1060", "municipality", "Saint-Gilles"),
                    "landlordKind", "ASSOCIATION", "monthlyRentCents", 42000, "energyClass", "C"));
            first = first == null ? dwelling : first;
            second = flat == 2 ? dwelling : second;
        }
        moveIn("hugo", tenant("hugo", "Rita", "Mertens"), first, today.minusMonths(7));
        moveIn("hugo", tenant("hugo", "Omar", "Haddad"), second, today.minusDays(10));

        String kangaroo = api.create("hugo", "/api/dwellings", obj("housingModel", "KANGAROO", "capacity", 2,
                "capacityUnit", "HOUSEHOLDS", "address", address("Rue Josaphat", "120", "1030", "Schaerbeek"),
                "rooms", 6, "bedrooms", 4, "floor", 0, "stepFree", true, "landlordKind", "AIS",
                "landlordReference", "AIS-2026-114", "monthlyRentCents", 52000, "monthlyChargesCents", 6000));
        moveIn("hugo", tenant("hugo", "Germaine", "Wouters"), kangaroo, today.minusMonths(14));
        moveIn("hugo", tenant("hugo", "Amina", "Diallo"), kangaroo, today.minusMonths(2));

        String search = api.createOnceKnown("alice", "/api/housing-searches",
                obj("tenantId", searchingTenant, "openedOn", today.minusDays(40)));
        api.post("alice", "/api/housing-searches/" + search + "/steps",
                obj("kind", "AIS_APPLICATION", "date", today.minusDays(30), "detail", "AIS Quartiers, waiting list"));
        api.post("alice", "/api/housing-searches/" + search + "/steps",
                obj("kind", "OFFER", "date", today.minusDays(6), "detail", "Two-bedroom flat in Ixelles"));
        String flat = api.create("alice", "/api/dwellings", obj("housingModel", "HOUSING_FIRST", "capacity", 1,
                "address", address("Rue de la Croix", "31", "1050", "Ixelles"), "landlordKind", "AIS",
                "monthlyRentCents", 61000, "energyClass", "D"));
        moveIn("alice", searchingTenant, flat, today.minusDays(1));
    }

    private String tenant(String user, String firstName, String lastName) {
        return api.create(user, "/api/tenants", obj("firstName", firstName, "lastName", lastName, "status", "HOUSED"));
    }

    private void moveIn(String user, String tenant, String dwelling, LocalDate on) {
        api.createOnceKnown(user, "/api/tenancies", obj("tenantId", tenant, "dwellingId", dwelling, "moveInDate", on));
    }

    static Map<String, Object> address(String street, String number, String postcode, String municipality) {
        return obj("street", street, "number", number, "postcode", postcode, "municipality", municipality);
    }
}
