package org.ptce.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one platform the launcher's integration tests share, as the launcher runs it (each service in its own JVM, its
 * own embedded PostgreSQL and Kafka broker, the demo seeds loaded, the demo's short timings). Starting and stopping one
 * costs a minute and a half, so it starts for the first class that needs it and stops once
 * every test has run. A class gets it as a parameter of its {@code @BeforeAll} method. Each class works on its own
 * calls and accounts, and reads the seeds' data without counting on what the others do; a class that stops a service
 * starts it again.
 */
final class SharedPlatform implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    private static Platform platform(ExtensionContext context) {
        // The root store closes what it holds after the last test of the run, in the reverse order of its creation.
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class).platform;
    }

    private record Running(Platform platform) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                var ports = new EnumMap<PlatformService, Integer>(PlatformService.class);
                for (PlatformService service : PlatformService.values()) {
                    ports.put(service, FreePorts.withNeighbour(PlatformService.MANAGEMENT_PORT_OFFSET));
                }
                var jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1"));
                jvmOptions.addAll(LaunchOptions.DEMO_TIMINGS);
                Path data = Files.createTempDirectory(Path.of("target"), "platform");
                var options = new LaunchOptions(data, false, FreePorts.any(), FreePorts.withNeighbour(1), null, null,
                        ports, jvmOptions, true, LaunchOptions.Mail.embedded(FreePorts.any()));
                return new Running(Platform.start(options, RepositoryLayout.ofThisBuild()));
            } catch (Exception e) {
                throw new IllegalStateException("The platform did not start", e);
            }
        }

        @Override
        public void close() {
            platform.close();
        }
    }
}
