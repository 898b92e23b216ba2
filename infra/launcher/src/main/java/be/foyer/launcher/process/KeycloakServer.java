package be.foyer.launcher.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from {@code org.keycloak:keycloak-quarkus-dist} (copied by Maven into
 * {@code infra/launcher/target/keycloak}), unzipped once under the state directory and run with
 * {@code kc.sh start-dev --import-realm}. The realm is imported on the first start only; when
 * {@code infra/keycloak/foyer-realm.json} changes, the dev database is dropped so the new realm is imported.
 */
public final class KeycloakServer {

    public static final String NAME = "keycloak";

    private KeycloakServer() {
    }

    public static ManagedProcess start(PlatformSettings settings) {
        Path zip = distributionZip(settings.launcherTarget().resolve("keycloak"));
        String dirName = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        Path home = settings.stateDir().resolve(dirName);
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            unzip(zip, settings.stateDir(), home);
        }
        prepareRealm(settings, home);
        Path javaHome = JavaHomes.keycloakJavaHome(settings.keycloakJavaHomeOverride(), Path.of("/usr/lib/jvm"),
                JavaHomes.current());
        Map<String, String> env = Map.of(
                "JAVA_HOME", javaHome.toString(),
                "JAVA", JavaHomes.javaExecutable(javaHome).toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", String.valueOf(settings.keycloakPort()),
                "--http-management-port", String.valueOf(settings.port(9000 + 180)),
                "--import-realm");
        return ManagedProcess.start(NAME, command, home, env, settings.logFile(NAME));
    }

    /** The management port (health, metrics) moved off 9000, which is often taken; shifted with the offset. */
    public static int managementPort(PlatformSettings settings) {
        return settings.port(9180);
    }

    public static String discoveryUrl(String keycloakUrl) {
        return keycloakUrl + "/realms/" + PlatformSettings.REALM + "/.well-known/openid-configuration";
    }

    static Path distributionZip(Path dir) {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                var zip = files.filter(p -> p.getFileName().toString().matches("keycloak-quarkus-dist-.*\\.zip"))
                        .max(Comparator.comparing(Path::toString));
                if (zip.isPresent()) {
                    return zip.get();
                }
            } catch (IOException e) {
                // reported below
            }
        }
        throw new LauncherException("Keycloak distribution missing in " + dir + ": run ./mvnw -DskipTests install");
    }

    private static void unzip(Path zip, Path stateDir, Path expectedHome) {
        Path tmp = stateDir.resolve("keycloak-unzip.tmp");
        try {
            deleteTree(tmp);
            Files.createDirectories(tmp);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    Path target = tmp.resolve(entry.getName()).normalize();
                    if (!target.startsWith(tmp)) {
                        throw new IOException("bad entry " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        if (target.getFileName().toString().endsWith(".sh")) {
                            makeExecutable(target);
                        }
                    }
                }
            }
            Path unpacked;
            try (Stream<Path> top = Files.list(tmp)) {
                unpacked = top.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IOException("empty Keycloak zip"));
            }
            deleteTree(expectedHome);
            Files.move(unpacked, expectedHome);
            deleteTree(tmp);
        } catch (IOException e) {
            throw new LauncherException("Cannot unzip " + zip + " into " + stateDir + ": " + e.getMessage());
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(file));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    /**
     * Copies the realm into {@code data/import}, rewriting the gateway's default origin to the shifted one. When
     * the realm text differs from the one imported before, the dev database is removed so the import happens.
     */
    static void prepareRealm(PlatformSettings settings, Path home) {
        Path source = settings.realmFile();
        if (!Files.isRegularFile(source)) {
            throw new LauncherException("Realm file " + source + " is missing");
        }
        try {
            String realm = realmForOffset(Files.readString(source, StandardCharsets.UTF_8), settings);
            String digest = sha256(realm);
            Path marker = home.resolve("data/foyer-realm.sha256");
            String previous = Files.exists(marker) ? Files.readString(marker).trim() : "";
            if (!digest.equals(previous)) {
                deleteTree(home.resolve("data/h2"));
            }
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve("foyer-realm.json"), realm, StandardCharsets.UTF_8);
            Files.writeString(marker, digest);
        } catch (IOException e) {
            throw new LauncherException("Cannot prepare the realm import under " + home + ": " + e.getMessage());
        }
    }

    /** The realm as imported: gateway URLs follow the port offset. */
    public static String realmForOffset(String realm, PlatformSettings settings) {
        return realm.replace("http://localhost:8080", settings.gatewayUrl());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
