package be.foyer.web.security;

import java.util.Arrays;
import java.util.Optional;

/** Keycloak realm roles that web knows; the authority is {@code ROLE_<keycloak name>}. */
public enum Role {
    STAFF("staff"),
    VOLUNTEER("volunteer"),
    COORDINATOR("coordinator"),
    FACILITATOR("facilitator"),
    FEDERATION_ANALYST("federation-analyst");

    private final String keycloakName;

    Role(String keycloakName) {
        this.keycloakName = keycloakName;
    }

    public String keycloakName() {
        return keycloakName;
    }

    public String authority() {
        return "ROLE_" + keycloakName;
    }

    public static Optional<Role> fromKeycloakName(String name) {
        return Arrays.stream(values()).filter(r -> r.keycloakName.equals(name)).findFirst();
    }

    /** Roles that see tenant files (pages under /tenants). */
    public static String[] withCaseFiles() {
        return names(STAFF, COORDINATOR, VOLUNTEER);
    }

    /** Roles that manage dwellings and tenancies (pages under /housing). */
    public static String[] withHousing() {
        return caseWorkers();
    }

    /** Staff and coordinators: who change a file, read health notes and open its staff-only sections. */
    public static String[] caseWorkers() {
        return names(STAFF, COORDINATOR);
    }

    /** Roles that read reports (pages under /reports): staff and coordinators their organisation's, the analyst the rest. */
    public static String[] withReports() {
        return names(STAFF, COORDINATOR, FEDERATION_ANALYST);
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::keycloakName).toArray(String[]::new);
    }
}
