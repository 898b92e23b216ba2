package be.foyer.launcher.process;

/** What a client of the running platform needs, e.g. the demo data: the gateway's address and demo users' tokens. */
public interface GatewayAccess {

    /** The way in, e.g. http://localhost:8080. */
    String gatewayUrl();

    /** A demo user's access token (password {@code demo}). */
    String accessToken(String username);
}
