package be.foyer.platform.security;

/** The realm roles of the contract, as written in Keycloak and in {@code @PreAuthorize("hasRole(...)")}. */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String VOLUNTEER = "volunteer";
    public static final String COORDINATOR = "coordinator";
    public static final String FACILITATOR = "facilitator";
    public static final String FEDERATION_ANALYST = "federation-analyst";
    /** Runs the platform (Actuator beyond health: metrics, rebuilds); no case files; no demo user has it. */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Roles() {
    }
}
