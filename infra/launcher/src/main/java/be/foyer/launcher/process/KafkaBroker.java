package be.foyer.launcher.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker (org.apache.kafka:kafka_2.13, classpath copied by Maven into
 * {@code infra/launcher/target/lib}), in its own JVM. Storage is formatted once under {@code <state>/kafka}.
 */
public final class KafkaBroker {

    public static final String NAME = "kafka";

    private KafkaBroker() {
    }

    /** server.properties for one broker+controller node on the given ports. */
    public static String serverProperties(int port, int controllerPort, Path logDirs) {
        return String.join("\n",
                "# Written by the Foyer launcher at each start; edit PlatformSettings/KafkaBroker instead.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDirs.toAbsolutePath().toString().replace('\\', '/'),
                "num.partitions=1",
                "default.replication.factor=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.ms=-1", // kept for good: a rebuild reads the topics from their beginning
                "") ;
    }

    static String log4j2Properties() {
        return String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.controller.name = org.apache.kafka.controller",
                "logger.controller.level = WARN",
                "logger.raft.name = org.apache.kafka.raft",
                "logger.raft.level = WARN",
                "");
    }

    /** A random cluster id in Kafka's format (16 bytes, URL-safe base64 without padding, not starting with '-'). */
    static String randomClusterId() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    /** Writes the configuration, formats the storage the first time, and starts the broker (not waiting). */
    public static ManagedProcess start(PlatformSettings settings) {
        Path lib = settings.launcherTarget().resolve("lib");
        if (!Files.isDirectory(lib) || !hasKafkaJar(lib)) {
            throw new LauncherException("Kafka broker classpath " + lib + " is missing: run ./mvnw -DskipTests install");
        }
        Path home = settings.stateDir().resolve("kafka");
        Path data = home.resolve("data");
        Path properties = home.resolve("server.properties");
        Path log4j = home.resolve("log4j2.properties");
        Path logFile = settings.logFile(NAME);
        try {
            Files.createDirectories(data);
            Files.writeString(properties, serverProperties(settings.kafkaPort(), settings.kafkaControllerPort(), data),
                    StandardCharsets.UTF_8);
            Files.writeString(log4j, log4j2Properties(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LauncherException("Cannot write the Kafka configuration under " + home + ": " + e.getMessage());
        }
        List<String> jvm = List.of(
                JavaHomes.javaExecutable(JavaHomes.current()).toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j.toUri(),
                "-Djava.awt.headless=true",
                "-cp", lib.toAbsolutePath() + "/*");
        if (!Files.exists(data.resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(jvm);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", randomClusterId(), "-c", properties.toString()));
            ManagedProcess formatter = ManagedProcess.start("kafka-format", format, home, Map.of(), logFile);
            try {
                ProcessHandle handle = ProcessHandle.of(formatter.pid()).orElse(null);
                if (handle != null) {
                    handle.onExit().get(120, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                formatter.stop(1);
                throw new LauncherException("Formatting the Kafka storage timed out: see " + logFile);
            }
            if (formatter.isAlive() || formatter.exitValue() != 0) {
                throw new LauncherException("Formatting the Kafka storage failed: see " + logFile);
            }
        }
        List<String> run = new ArrayList<>(jvm);
        run.addAll(List.of("kafka.Kafka", properties.toString()));
        return ManagedProcess.start(NAME, run, home, Map.of(), logFile);
    }

    private static boolean hasKafkaJar(Path lib) {
        try (var files = Files.list(lib)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Healthy: the broker accepts connections and logged that it started. */
    public static boolean healthy(PlatformSettings settings) {
        if (!Ports.isListening("localhost", settings.kafkaPort(), 300)) {
            return false;
        }
        try {
            String log = Files.readString(settings.logFile(NAME), StandardCharsets.ISO_8859_1);
            int lastRun = log.lastIndexOf("===== ");
            return log.indexOf("Kafka Server started", Math.max(lastRun, 0)) >= 0;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
