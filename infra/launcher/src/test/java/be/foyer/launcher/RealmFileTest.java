package be.foyer.launcher;

import be.foyer.launcher.process.KeycloakServer;
import be.foyer.launcher.process.PlatformSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development realm holds what CONTRACT.md promises (checked against a real Keycloak in docs/local-platform.md). */
class RealmFileTest {

    static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of("../keycloak/foyer-realm.json");
        assertTrue(Files.isRegularFile(file), "realm file at " + file.toAbsolutePath());
        realm = new ObjectMapper().readTree(file.toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode client(String id) {
        for (JsonNode c : realm.get("clients")) {
            if (c.get("clientId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no client " + id);
    }

    @Test
    void realmWithOrganisationsAndRoles() {
        assertEquals("foyer", realm.get("realm").asText());
        assertTrue(realm.get("enabled").asBoolean());
        assertTrue(realm.get("organizationsEnabled").asBoolean());
        Set<String> roles = new TreeSet<>();
        realm.get("roles").get("realm").forEach(r -> roles.add(r.get("name").asText()));
        assertEquals(new TreeSet<>(Set.of("staff", "volunteer", "coordinator", "facilitator", "federation-analyst",
                "platform-operator")), roles);
        assertTrue(realm.get("accessTokenLifespan").asInt() <= 900);
    }

    @Test
    void noUserRunsThePlatform() {
        for (JsonNode user : realm.get("users")) {
            JsonNode roles = user.get("realmRoles");
            assertFalse(roles != null && texts(roles).contains("platform-operator"), user.get("username").asText());
        }
    }

    /** Repeated wrong passwords lock the account for a while (not for good: a demo must not need an admin). */
    @Test
    void signInHasBruteForceProtection() {
        assertTrue(realm.get("bruteForceProtected").asBoolean());
        assertFalse(realm.get("permanentLockout").asBoolean());
        int failures = realm.get("failureFactor").asInt();
        assertTrue(failures >= 3 && failures <= 10, "lock after 3 to 10 failures, not " + failures);
        assertTrue(realm.get("waitIncrementSeconds").asInt() >= 60);
        assertTrue(realm.get("maxFailureWaitSeconds").asInt() >= realm.get("waitIncrementSeconds").asInt());
        assertTrue(realm.get("maxDeltaTimeSeconds").asInt() >= 3600, "failures are remembered for at least an hour");
    }

    @Test
    void clientsAskForOrganisationAsAnOptionalScope() {
        for (String id : List.of("foyer-cli", "foyer-web")) {
            JsonNode c = client(id);
            assertTrue(texts(c.get("defaultClientScopes")).containsAll(List.of("basic", "roles", "profile", "email")), id);
            assertFalse(texts(c.get("defaultClientScopes")).contains("organization"), id);
            assertTrue(texts(c.get("optionalClientScopes")).contains("organization"), id);
        }
        JsonNode cli = client("foyer-cli");
        assertTrue(cli.get("publicClient").asBoolean());
        assertTrue(cli.get("directAccessGrantsEnabled").asBoolean());
        JsonNode web = client("foyer-web");
        assertTrue(web.get("standardFlowEnabled").asBoolean());
        assertEquals(List.of("http://localhost:8080/*"), texts(web.get("redirectUris")));
    }

    @Test
    void organisationsHaveAliasesDomainsAndMembers() {
        Map<String, Set<String>> members = new HashMap<>();
        for (JsonNode org : realm.get("organizations")) {
            String alias = org.get("alias").asText();
            assertTrue(org.get("domains").size() > 0, alias + " needs a domain");
            Set<String> names = new TreeSet<>();
            org.get("members").forEach(m -> names.add(m.get("username").asText()));
            members.put(alias, names);
        }
        assertEquals(Set.of("smes", "diogenes", "infirmiers-de-rue", "new-samusocial", "a-toi-mon-toit",
                "habitat-et-humanisme"), members.keySet());
        assertEquals(Set.of("alice", "farid"), members.get("smes"));
        assertEquals(Set.of("bruno"), members.get("diogenes"));
        assertEquals(Set.of("chloe"), members.get("infirmiers-de-rue"));
        assertEquals(Set.of("david"), members.get("new-samusocial"));
        assertEquals(Set.of("eva", "hanna"), members.get("habitat-et-humanisme"));
        assertEquals(Set.of("hugo"), members.get("a-toi-mon-toit"));
        assertTrue(members.values().stream().noneMatch(s -> s.contains("gina")));
    }

    @Test
    void demoUsersCanUseThePasswordGrantAtOnce() {
        Map<String, String> expectedRole = Map.of("alice", "staff", "bruno", "staff", "chloe", "coordinator",
                "david", "staff", "eva", "volunteer", "hanna", "staff", "hugo", "staff", "farid", "facilitator", "gina", "federation-analyst");
        Map<String, String> found = new HashMap<>();
        for (JsonNode u : realm.get("users")) {
            String name = u.get("username").asText();
            assertTrue(u.get("enabled").asBoolean(), name);
            assertTrue(u.get("emailVerified").asBoolean(), name);
            assertFalse(u.get("firstName").asText().isBlank(), name);
            assertFalse(u.get("lastName").asText().isBlank(), name);
            assertFalse(u.get("email").asText().isBlank(), name);
            assertEquals(0, u.path("requiredActions").size(), name);
            JsonNode credential = u.get("credentials").get(0);
            assertEquals("password", credential.get("type").asText());
            assertEquals("demo", credential.get("value").asText());
            assertFalse(credential.get("temporary").asBoolean());
            assertEquals(1, u.get("realmRoles").size(), name);
            found.put(name, u.get("realmRoles").get(0).asText());
        }
        assertEquals(expectedRole, found);
    }

    @Test
    void withAPortOffsetTheWebClientRedirectsToTheShiftedGateway() throws IOException {
        String text = Files.readString(Path.of("../keycloak/foyer-realm.json"));
        PlatformSettings shifted = PlatformSettings.of(Path.of("/r")).withEnvironment(Map.of()).withPortOffset(30_000);
        JsonNode rewritten = new ObjectMapper().readTree(KeycloakServer.realmForOffset(text, shifted));
        JsonNode web = null;
        for (JsonNode c : rewritten.get("clients")) {
            if (c.get("clientId").asText().equals("foyer-web")) {
                web = c;
            }
        }
        assertEquals(List.of("http://localhost:38080/*"), texts(web.get("redirectUris")));
        assertEquals(List.of("http://localhost:38080"), texts(web.get("webOrigins")));
        assertEquals("http://localhost:38080", web.get("rootUrl").asText());
        assertEquals("http://localhost:38080/*", web.get("attributes").get("post.logout.redirect.uris").asText());
        assertFalse(rewritten.toString().contains("localhost:8080"), "no unshifted gateway address left");

        PlatformSettings unshifted = PlatformSettings.of(Path.of("/r")).withEnvironment(Map.of());
        assertEquals(text, KeycloakServer.realmForOffset(text, unshifted));
    }
}
