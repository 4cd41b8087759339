package org.ptce.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the platform in its own JVM, started from the jar the build made. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PlatformService service;
    private final int port;
    private final ChildProcess process;
    private final Path logFile;
    private final Path outputFile;

    private ServiceProcess(PlatformService service, int port, ChildProcess process, Path logFile, Path outputFile) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.outputFile = outputFile;
    }

    static ServiceProcess start(PlatformService service, int port, Map<String, String> environment,
            RepositoryLayout layout, Path dataDirectory, List<String> jvmOptions) throws IOException {
        Path jar = layout.serviceJar(service.serviceName());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + service.serviceName() + " at " + jar
                    + ": build the platform first (./mvnw -DskipTests package)");
        }
        var command = new ArrayList<String>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        var env = new HashMap<>(environment);
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("MANAGEMENT_SERVER_PORT", Integer.toString(port + PlatformService.MANAGEMENT_PORT_OFFSET));
        Path pidFile = pidFile(dataDirectory, service);
        Path home = pidFile.getParent();
        Files.createDirectories(home);
        // The service writes its log itself, rolled by size (the platform defaults); what the JVM prints before
        // logging starts, or as it dies, goes to the output file.
        Path logs = dataDirectory.resolve("logs");
        Path logFile = logs.resolve(service.serviceName() + ".log");
        Path outputFile = logs.resolve(service.serviceName() + ".out");
        env.putIfAbsent("LOGGING_FILE_NAME", logFile.toString());
        env.putIfAbsent("LOGGING_THRESHOLD_CONSOLE", "OFF");
        var process = ChildProcess.start(service.serviceName(), command, env, home, outputFile, pidFile);
        return new ServiceProcess(service, port, process, logFile, outputFile);
    }

    static Path pidFile(Path dataDirectory, PlatformService service) {
        return dataDirectory.resolve("services").resolve(service.serviceName())
                .resolve(service.serviceName() + ".pid");
    }

    PlatformService service() {
        return service;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Where operators read the service's health, metrics and dead letters. */
    String managementUrl() {
        return "http://localhost:" + (port + PlatformService.MANAGEMENT_PORT_OFFSET);
    }

    Path logFile() {
        return logFile;
    }

    /** Waits until the service says it is ready (its readiness probe answers UP). */
    void awaitReady(Duration timeout) throws InterruptedException {
        var probe = HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " stopped while starting; see " + logFile + " and "
                        + outputFile);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException(service.serviceName() + " was not ready within " + timeout.toSeconds()
                + " s; see " + logFile);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the service now, as a crash would (tests of resilience). */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(40));
    }
}
