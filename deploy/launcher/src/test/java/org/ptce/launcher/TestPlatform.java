package org.ptce.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.ptce.testing.TestServers;

/**
 * The platform as the launcher runs it (each service in its own JVM, the demo seeds loaded) on the test servers'
 * PostgreSQL and Kafka.
 */
final class TestPlatform {

    private TestPlatform() {
    }

    /** Starts the platform; {@code extraJvmOptions} are added to every service's command line. */
    static Platform start(List<String> extraJvmOptions) throws Exception {
        var servers = TestServers.get();
        var ports = new EnumMap<PlatformService, Integer>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, EmbeddedServersIT.freePort());
        }
        Path data = Files.createTempDirectory(Path.of("target"), "platform");
        var jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        jvmOptions.addAll(extraJvmOptions);
        var options = new LaunchOptions(data, false, 0, 0,
                new LaunchOptions.ExternalPostgres(servers.jdbcUrl(), servers.username(), servers.password()),
                servers.kafkaBootstrapServers(), ports, jvmOptions, true,
                LaunchOptions.Mail.embedded(EmbeddedServersIT.freePort()));
        return Platform.start(options, RepositoryLayout.ofThisBuild());
    }
}
