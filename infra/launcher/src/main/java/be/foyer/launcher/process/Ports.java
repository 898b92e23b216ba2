package be.foyer.launcher.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks done before anything starts, so that a busy port is one clear line and not a crash later. */
public final class Ports {

    private Ports() {
    }

    /** True when nothing listens on the port (neither on the loopback nor on the wildcard address). */
    public static boolean isFree(int port) {
        if (isListening("127.0.0.1", port, 200)) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts TCP connections on host:port. */
    public static boolean isListening(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The message shown when a port is taken. */
    public static String inUseMessage(int port, String owner) {
        return "Port " + port + " (" + owner + ") is in use: stop what holds it, e.g. a previous ./foyer up, then retry";
    }

    /** Throws a {@link LauncherException} with {@link #inUseMessage} when the port is taken. */
    public static void requireFree(int port, String owner) {
        if (!isFree(port)) {
            throw new LauncherException(inUseMessage(port, owner));
        }
    }
}
