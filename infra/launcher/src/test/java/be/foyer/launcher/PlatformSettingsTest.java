package be.foyer.launcher;

import be.foyer.launcher.process.PlatformSettings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformSettingsTest {

    private final Path repo = Path.of("/tmp/foyer-repo");

    @Test
    void defaultsFollowTheContract() {
        PlatformSettings s = PlatformSettings.of(repo).withEnvironment(Map.of());
        assertEquals(repo.resolve(".foyer"), s.stateDir());
        assertEquals("http://localhost:8080", s.gatewayUrl());
        assertEquals("http://localhost:8180", s.keycloakUrl());
        assertEquals("http://localhost:8180/realms/foyer", s.tokenIssuer());
        assertEquals("mongodb://localhost:27017", s.mongoUri());
        assertEquals("localhost:9092", s.kafkaBootstrapServers());
        assertEquals(9093, s.kafkaControllerPort());
        assertEquals(8081, s.appPort("tenant-service"));
        assertEquals(8082, s.appPort("housing-service"));
        assertEquals(8083, s.appPort("activity-service"));
        assertEquals(8084, s.appPort("reporting-service"));
        assertEquals(repo.resolve("housing-service/target/housing-service.jar"), s.appJar("housing-service"));
        assertEquals(repo.resolve(".foyer/logs/gateway.log"), s.logFile("gateway"));
    }

    @Test
    void anOffsetShiftsEveryPort() {
        PlatformSettings s = PlatformSettings.of(repo).withEnvironment(Map.of())
                .withStateDir(repo.resolve("infra/launcher/target/e2e")).withPortOffset(10000);
        assertEquals(10000, s.portOffset());
        assertEquals("http://localhost:18080", s.gatewayUrl());
        assertEquals("http://localhost:18180", s.keycloakUrl());
        assertEquals("http://localhost:18180/realms/foyer", s.tokenIssuer());
        assertEquals("mongodb://localhost:37017", s.mongoUri());
        assertEquals("localhost:19092", s.kafkaBootstrapServers());
        assertEquals(19093, s.kafkaControllerPort());
        assertEquals("http://localhost:18084", s.appUrl("reporting-service"));
        assertEquals(repo.resolve("infra/launcher/target/e2e/logs/kafka.log"), s.logFile("kafka"));
    }

    @Test
    void externalPartsComeFromTheEnvironment() {
        PlatformSettings s = PlatformSettings.of(repo).withPortOffset(10000).withEnvironment(Map.of(
                "MONGODB_URI", "mongodb://db.example:27017",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092",
                "KEYCLOAK_URL", "http://sso.example/"));
        assertEquals("mongodb://db.example:27017", s.mongoUri());
        assertEquals("kafka.example:9092", s.kafkaBootstrapServers());
        assertEquals("http://sso.example", s.keycloakUrl());
        assertEquals("http://sso.example/realms/foyer", s.tokenIssuer());
        assertTrue(s.externalMongoUri().isPresent());
    }

    @Test
    void blankVariablesAreIgnored() {
        PlatformSettings s = PlatformSettings.of(repo).withEnvironment(Map.of("MONGODB_URI", " "));
        assertTrue(s.externalMongoUri().isEmpty());
    }

    @Test
    void badOffsetsAndUnknownAppsAreRefused() {
        PlatformSettings s = PlatformSettings.of(repo);
        assertThrows(IllegalArgumentException.class, () -> s.withPortOffset(-1));
        assertThrows(IllegalArgumentException.class, () -> s.withPortOffset(40000));
        assertThrows(IllegalArgumentException.class, () -> s.appPort("billing-service"));
    }

    @Test
    void theCommandLineIsParsed() {
        PlatformSettings s = FoyerLauncher.parse(new String[] {"up", "--repo-root", "/tmp/r", "--state-dir", "/tmp/s",
                "--port-offset", "20000", "--no-apps"});
        assertEquals(Path.of("/tmp/r"), s.repoRoot());
        assertEquals(Path.of("/tmp/s"), s.stateDir());
        assertEquals(20000, s.portOffset());
        assertEquals(false, s.startApps());
        assertThrows(IllegalArgumentException.class, () -> FoyerLauncher.parse(new String[] {"up", "--port-offset"}));
        assertThrows(IllegalArgumentException.class, () -> FoyerLauncher.parse(new String[] {"up", "--bogus"}));
    }
}
