package org.ptce.launcher;

import java.util.Arrays;
import java.util.List;

/**
 * The services of the platform, in the order they are started and listed, with their default HTTP ports. The web
 * application comes first, as the place to begin; it may start before the others, since it finds the provider and
 * the services only when someone opens a page.
 */
enum PlatformService {

    WEB("web", 8080),
    IDENTITY("identity", 9000),
    APPLICATIONS("applications", 8081),
    REVIEW("review", 8082),
    PUBLICATION("publication", 8083),
    WORKFLOW("workflow", 8084);

    /** A service's management port (health, metrics, dead letters) is its HTTP port plus this. */
    static final int MANAGEMENT_PORT_OFFSET = 1000;

    private final String serviceName;
    private final int defaultPort;

    PlatformService(String serviceName, int defaultPort) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
    }

    /** The service's name: also its database schema, its role and (but for the web) its Kafka consumer group. */
    String serviceName() {
        return serviceName;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The service of that name; refuses a name no service has, listing theirs. */
    static PlatformService named(String name) {
        for (PlatformService service : values()) {
            if (service.serviceName.equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No service '" + name + "'; the services are " + names());
    }

    static List<String> names() {
        return Arrays.stream(values()).map(PlatformService::serviceName).toList();
    }
}
