package org.ptce.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Ports nobody listens on, for a platform started beside another (a test, a fault drill). Nothing listens on them
 * until the servers start, so each port handed out is remembered: two servers of one platform never get the same one.
 */
final class FreePorts {

    private static final Random random = new Random();
    private static final Set<Integer> handedOut = new HashSet<>();

    private FreePorts() {
    }

    /**
     * A free port below the kernel's ephemeral range (from 32768), which the services' own outgoing connections
     * draw from while the server has not bound it yet.
     */
    static synchronized int any() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            if (!handedOut.contains(port) && bindable(port)) {
                handedOut.add(port);
                return port;
            }
        }
        throw new IOException("No free port found");
    }

    /**
     * A free port whose neighbour {@code offset} above is free too (a broker and its controller, a service and its
     * management port).
     */
    static synchronized int withNeighbour(int offset) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            if (!handedOut.contains(port) && !handedOut.contains(port + offset) && bindable(port)
                    && bindable(port + offset)) {
                handedOut.add(port);
                handedOut.add(port + offset);
                return port;
            }
        }
        throw new IOException("No pair of free ports found");
    }

    private static boolean bindable(int port) {
        try (var socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
