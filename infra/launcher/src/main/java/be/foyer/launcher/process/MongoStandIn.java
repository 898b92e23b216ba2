package be.foyer.launcher.process;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB stand-in: mongo-java-server in this JVM, data in an H2 MVStore file so that a second
 * {@code ./foyer up} finds it again. No sessions, transactions or change streams (see docs/local-platform.md).
 */
public final class MongoStandIn implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final int port;

    private MongoStandIn(MongoServer server, H2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    public static MongoStandIn start(Path dataFile, int port) {
        try {
            Files.createDirectories(dataFile.getParent());
        } catch (IOException e) {
            throw new LauncherException("Cannot create " + dataFile.getParent() + ": " + e.getMessage());
        }
        H2Backend backend;
        try {
            backend = new H2Backend(dataFile.toString());
        } catch (RuntimeException e) {
            throw new LauncherException("MongoDB stand-in cannot open " + dataFile + " (" + e.getMessage()
                    + "): is another ./foyer up using this state directory? Otherwise delete the file to start empty");
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new LauncherException(Ports.inUseMessage(port, "mongodb"));
        }
        return new MongoStandIn(server, backend, port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            backend.close();
        }
    }
}
