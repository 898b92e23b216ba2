package be.foyer.launcher.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Picks the JDK that runs Keycloak: Keycloak 26 deprecates Java 17, so a JDK 21+ is preferred when one is
 * installed. Order: {@code FOYER_KEYCLOAK_JAVA_HOME}, then the newest JDK 21+ under {@code /usr/lib/jvm}, then the
 * JDK running the launcher.
 */
public final class JavaHomes {

    public static final int PREFERRED_KEYCLOAK_JAVA = 21;
    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"?([0-9][0-9.]*)", Pattern.MULTILINE);

    private JavaHomes() {
    }

    /** The chosen Java home for Keycloak. */
    public static Path keycloakJavaHome(Optional<String> override, Path jvmDirectory, Path currentJavaHome) {
        if (override.isPresent()) {
            Path home = Path.of(override.get());
            if (!Files.isExecutable(javaExecutable(home))) {
                throw new LauncherException("FOYER_KEYCLOAK_JAVA_HOME=" + home + " holds no bin/java: point it at a JDK 21+");
            }
            return home;
        }
        return newestJdk(jvmDirectory, PREFERRED_KEYCLOAK_JAVA).orElse(currentJavaHome);
    }

    /** The newest JDK with at least {@code minimumFeature} among the directories of {@code jvmDirectory}. */
    public static Optional<Path> newestJdk(Path jvmDirectory, int minimumFeature) {
        if (!Files.isDirectory(jvmDirectory)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvmDirectory)) {
            List<Path> candidates = homes
                    .filter(home -> !Files.isSymbolicLink(home))
                    .filter(home -> Files.isExecutable(javaExecutable(home)))
                    .filter(home -> featureVersion(home).orElse(0) >= minimumFeature)
                    .sorted(Comparator.comparingInt((Path home) -> featureVersion(home).orElse(0)).reversed()
                            .thenComparing(Path::toString))
                    .toList();
            return candidates.stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature version (17, 21, 25, ...) read from the JDK's {@code release} file. */
    public static OptionalInt featureVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return OptionalInt.empty();
        }
        try {
            return parseFeatureVersion(Files.readString(release, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** Parses {@code JAVA_VERSION="25.0.1"} (or {@code "1.8.0_402"}) into 25 (or 8). */
    public static OptionalInt parseFeatureVersion(String releaseFile) {
        Matcher matcher = RELEASE_VERSION.matcher(releaseFile);
        if (!matcher.find()) {
            return OptionalInt.empty();
        }
        String[] parts = matcher.group(1).split("\\.");
        int first = Integer.parseInt(parts[0]);
        if (first == 1 && parts.length > 1) {
            return OptionalInt.of(Integer.parseInt(parts[1]));
        }
        return OptionalInt.of(first);
    }

    public static Path javaExecutable(Path javaHome) {
        return javaHome.resolve("bin").resolve("java");
    }

    /** The Java home running this JVM. */
    public static Path current() {
        return Path.of(System.getProperty("java.home"));
    }
}
