package be.foyer.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A Kafka address that answers nothing until {@link #start()}: a service started against it meets a Kafka that is
 * down. Once started, it forwards to the shared in-process broker, whose advertised address clients then use.
 */
public final class LateKafka {

    private static LateKafka current;

    private final int port;
    private ServerSocket gate;

    private LateKafka(int port) {
        this.port = port;
    }

    static synchronized LateKafka reserve() {
        if (current == null) {
            current = new LateKafka(freePort());
        }
        return current;
    }

    /** The Kafka of the current {@link FoyerKafkaOutageTest} context. */
    public static synchronized LateKafka current() {
        if (current == null) {
            throw new IllegalStateException("No @FoyerKafkaOutageTest context has started");
        }
        return current;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return gate != null;
    }

    /** Kafka comes back. */
    public synchronized void start() {
        if (gate != null) {
            return;
        }
        String[] broker = EmbeddedKafka.bootstrapServers().split(",")[0].split(":");
        InetSocketAddress target = new InetSocketAddress(broker[0], Integer.parseInt(broker[1]));
        try {
            gate = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the Kafka gate on port " + port, e);
        }
        daemon(() -> {
            while (!gate.isClosed()) {
                try {
                    Socket client = gate.accept();
                    Socket upstream = new Socket(target.getHostString(), target.getPort());
                    daemon(() -> pipe(client, upstream));
                    daemon(() -> pipe(upstream, client));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other side closed: nothing more to forward
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "late-kafka");
        thread.setDaemon(true);
        thread.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
