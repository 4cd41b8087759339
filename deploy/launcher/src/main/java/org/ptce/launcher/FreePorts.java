package org.ptce.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Random;

/** Ports nobody listens on, for a platform started beside another (a test, a fault drill). */
final class FreePorts {

    private static final Random random = new Random();

    private FreePorts() {
    }

    static int any() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A free port whose neighbour {@code offset} above is free too (a broker and its controller, a service and its
     * management port). */
    static int withNeighbour(int offset) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            if (bindable(port) && bindable(port + offset)) {
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
