package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Nothing listens on a port handed out until its server starts: the next server must not be handed it too. */
class FreePortsTests {

    @Test
    void noPortIsHandedOutTwiceNorAsAnothersNeighbour() throws Exception {
        List<Integer> ports = new ArrayList<>();
        for (int service = 0; service < 300; service++) {
            int port = FreePorts.withNeighbour(PlatformService.MANAGEMENT_PORT_OFFSET);
            ports.add(port);
            ports.add(port + PlatformService.MANAGEMENT_PORT_OFFSET);
            ports.add(FreePorts.any());
        }

        assertThat(new HashSet<>(ports)).hasSameSizeAs(ports);
    }
}
