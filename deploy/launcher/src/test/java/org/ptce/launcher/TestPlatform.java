package org.ptce.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.identity.client.PkceSignIn;
import org.ptce.testing.TestServers;

/**
 * The platform as the launcher runs it (each service in its own JVM, the demo seeds loaded) on the test servers'
 * PostgreSQL and Kafka, and an HTTP client that speaks to its APIs as a signed-in person would.
 */
final class TestPlatform implements AutoCloseable {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    private final Platform platform;

    private TestPlatform(Platform platform) {
        this.platform = platform;
    }

    /** Starts the platform; {@code serviceJvmOptions} are added to every service's command line. */
    static TestPlatform start(String... serviceJvmOptions) throws Exception {
        var servers = TestServers.get();
        var ports = new EnumMap<PlatformService, Integer>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, EmbeddedServersIT.freePort());
        }
        Path data = Files.createTempDirectory(Path.of("target"), "platform");
        var jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        jvmOptions.addAll(List.of(serviceJvmOptions));
        var options = new LaunchOptions(data, false, 0, 0,
                new LaunchOptions.ExternalPostgres(servers.jdbcUrl(), servers.username(), servers.password()),
                servers.kafkaBootstrapServers(), ports, jvmOptions, true);
        return new TestPlatform(Platform.start(options, RepositoryLayout.ofThisBuild()));
    }

    Platform platform() {
        return platform;
    }

    /** A demo account's access token, signed in at the platform's provider. */
    String signIn(String username, String password) throws Exception {
        return new PkceSignIn(platform.issuerUri()).signIn(username, password).accessToken();
    }

    Response get(PlatformService service, String path, String token) throws Exception {
        return send(service, "GET", path, null, token);
    }

    Response post(PlatformService service, String path, Object body, String token) throws Exception {
        return send(service, "POST", path, body, token);
    }

    Response put(PlatformService service, String path, Object body, String token) throws Exception {
        return send(service, "PUT", path, body, token);
    }

    private Response send(PlatformService service, String method, String path, Object body, String token)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body().isEmpty() ? json.nullNode()
                : json.readTree(response.body()));
    }

    @Override
    public void close() {
        platform.close();
    }

    /** An API's answer: its status and its JSON body. */
    record Response(int status, JsonNode body) {
    }
}
