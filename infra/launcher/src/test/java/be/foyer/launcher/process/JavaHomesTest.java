package be.foyer.launcher.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JavaHomesTest {

    @TempDir
    Path jvm;

    private Path jdk(String dir, String version) throws IOException {
        Path home = jvm.resolve(dir);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @Test
    void theNewestJdk21OrLaterIsPreferred() throws IOException {
        Path current = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("jdk-21", "21.0.5");
        Path newest = jdk("temurin-25-jdk-amd64", "25.0.1");
        assertEquals(newest, JavaHomes.keycloakJavaHome(Optional.empty(), jvm, current));
    }

    @Test
    void withoutJdk21TheCurrentOneRunsKeycloak() throws IOException {
        Path current = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("java-1.8.0", "1.8.0_402");
        Files.createDirectories(jvm.resolve("broken-jdk-99")); // no bin/java, no release
        assertEquals(current, JavaHomes.keycloakJavaHome(Optional.empty(), jvm, current));
        assertEquals(current, JavaHomes.keycloakJavaHome(Optional.empty(), jvm.resolve("absent"), current));
    }

    @Test
    void theVariableWins() throws IOException {
        Path current = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-25-jdk-amd64", "25.0.1");
        Path chosen = jdk("jdk-21", "21.0.5");
        assertEquals(chosen, JavaHomes.keycloakJavaHome(Optional.of(chosen.toString()), jvm, current));
        LauncherException e = assertThrows(LauncherException.class,
                () -> JavaHomes.keycloakJavaHome(Optional.of("/nowhere/jdk"), jvm, current));
        assertEquals("FOYER_KEYCLOAK_JAVA_HOME=/nowhere/jdk holds no bin/java: point it at a JDK 21+", e.getMessage());
    }

    @Test
    void releaseFilesAreParsed() {
        assertEquals(OptionalInt.of(25), JavaHomes.parseFeatureVersion("JAVA_VERSION=\"25.0.1\"\n"));
        assertEquals(OptionalInt.of(21), JavaHomes.parseFeatureVersion("OS_NAME=\"Linux\"\nJAVA_VERSION=\"21\"\n"));
        assertEquals(OptionalInt.of(8), JavaHomes.parseFeatureVersion("JAVA_VERSION=\"1.8.0_402\""));
        assertEquals(OptionalInt.empty(), JavaHomes.parseFeatureVersion("IMPLEMENTOR=\"x\""));
    }
}
