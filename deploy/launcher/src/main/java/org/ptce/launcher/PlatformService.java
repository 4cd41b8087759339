package org.ptce.launcher;

import java.util.Arrays;
import java.util.List;

/** The services of the platform, in the order they are listed, with their default HTTP ports. */
enum PlatformService {

    IDENTITY("identity", 9000),
    APPLICATIONS("applications", 8081),
    REVIEW("review", 8082),
    PUBLICATION("publication", 8083),
    WORKFLOW("workflow", 8084);

    private final String serviceName;
    private final int defaultPort;

    PlatformService(String serviceName, int defaultPort) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
    }

    /** The service's name: also its database schema, its role and its Kafka consumer group. */
    String serviceName() {
        return serviceName;
    }

    int defaultPort() {
        return defaultPort;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(PlatformService::serviceName).toList();
    }
}
