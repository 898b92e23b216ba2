package be.foyer.launcher.process;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallPartsTest {

    @Test
    void jsonFieldsAreExtracted() {
        String body = "{\"links\":{\"self\":\"/x\"},\"id\":\"7f3a\",\"count\":12,\"ok\":true,\"esc\":\"a\\\"b\"}";
        assertEquals("7f3a", Http.jsonField(body, "id").orElseThrow());
        assertEquals("12", Http.jsonField(body, "count").orElseThrow());
        assertEquals("true", Http.jsonField(body, "ok").orElseThrow());
        assertEquals("a\\\"b", Http.jsonField(body, "esc").orElseThrow());
        assertTrue(Http.jsonField(body, "absent").isEmpty());
        assertTrue(Http.jsonField(null, "id").isEmpty());
    }

    @Test
    void jsonStringsAreQuoted() {
        assertEquals("\"Atelier d'écriture \\\"A\\\"\\n\"", Http.quote("Atelier d'écriture \"A\"\n"));
    }

    @Test
    void theLocalBrokerKeepsRecordsForGood() {
        String props = KafkaBroker.serverProperties(19092, 19093, Path.of("/tmp/k/data"));
        assertTrue(props.contains("log.retention.ms=-1\n"));
        assertFalse(props.contains("log.retention.hours"));
    }

    @Test
    void brokerPropertiesFollowThePorts() {
        String props = KafkaBroker.serverProperties(19092, 19093, Path.of("/tmp/k/data"));
        assertTrue(props.contains("listeners=PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093\n"));
        assertTrue(props.contains("advertised.listeners=PLAINTEXT://localhost:19092\n"));
        assertTrue(props.contains("controller.quorum.voters=1@localhost:19093\n"));
        assertTrue(props.contains("log.dirs=/tmp/k/data\n"));
        assertTrue(props.contains("offsets.topic.replication.factor=1\n"));
        assertTrue(props.contains("share.coordinator.state.topic.replication.factor=1\n"));
        String id = KafkaBroker.randomClusterId();
        assertEquals(22, id.length());
        assertFalse(id.startsWith("-"));
    }

    @Test
    void theRealmFollowsTheGatewayPort() {
        PlatformSettings shifted = PlatformSettings.of(Path.of("/r")).withEnvironment(Map.of()).withPortOffset(10000);
        assertEquals("[\"http://localhost:18080/*\"]",
                KeycloakServer.realmForOffset("[\"http://localhost:8080/*\"]", shifted));
    }

    @Test
    void appsGetTheirEnvironment() {
        PlatformSettings s = PlatformSettings.of(Path.of("/r")).withEnvironment(Map.of()).withPortOffset(10000);
        PlatformProcesses platform = new PlatformProcesses(s);
        Map<String, String> gateway = platform.appEnvironment("gateway");
        assertEquals("18080", gateway.get("SERVER_PORT"));
        assertEquals("mongodb://localhost:37017", gateway.get("MONGODB_URI"));
        assertEquals("localhost:19092", gateway.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("http://localhost:18180", gateway.get("KEYCLOAK_URL"));
        assertEquals("http://localhost:18180/realms/foyer", gateway.get("TOKEN_ISSUER"));
        assertEquals("http://localhost:18081", gateway.get("TENANT_SERVICE_URL"));
        assertEquals("http://localhost:18082", gateway.get("HOUSING_SERVICE_URL"));
        assertEquals("http://localhost:18083", gateway.get("ACTIVITY_SERVICE_URL"));
        assertEquals("http://localhost:18084", gateway.get("REPORTING_SERVICE_URL"));
        assertEquals("http://localhost:18085", gateway.get("WEB_URL"));
        assertFalse(platform.appEnvironment("housing-service").containsKey("TENANT_SERVICE_URL"));
        Map<String, String> web = platform.appEnvironment("web");
        assertEquals("18085", web.get("SERVER_PORT"));
        assertEquals("http://localhost:18080", web.get("FOYER_API_URL"));
        assertEquals("http://localhost:18180", web.get("KEYCLOAK_URL"));
        assertFalse(gateway.containsKey("FOYER_API_URL"));
        // the gateway is the way in: it alone listens beyond loopback
        assertFalse(gateway.containsKey("SERVER_ADDRESS"));
        for (String app : List.of("tenant-service", "housing-service", "activity-service", "reporting-service", "web")) {
            assertEquals("127.0.0.1", platform.appEnvironment(app).get("SERVER_ADDRESS"), app);
        }
        assertEquals("open http://localhost:18080 and sign in as alice / demo", platform.openLine());
        platform.close();
    }
}
