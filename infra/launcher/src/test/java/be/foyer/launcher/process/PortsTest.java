package be.foyer.launcher.process;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTest {

    @Test
    void aTakenPortAnswersTheClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertFalse(Ports.isFree(port));
            assertTrue(Ports.isListening("localhost", port, 500));
            LauncherException e = assertThrows(LauncherException.class, () -> Ports.requireFree(port, "gateway"));
            assertEquals("Port " + port + " (gateway) is in use: stop what holds it, e.g. a previous ./foyer up, then retry",
                    e.getMessage());
        }
    }

    @Test
    void aReleasedPortIsFree() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertTrue(Ports.isFree(port));
        Ports.requireFree(port, "gateway");
        assertFalse(Ports.isListening("localhost", port, 200));
    }

    @Test
    void theMessageNamesPortAndOwner() {
        assertEquals("Port 8080 (gateway) is in use: stop what holds it, e.g. a previous ./foyer up, then retry",
                Ports.inUseMessage(8080, "gateway"));
    }
}
