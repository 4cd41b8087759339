package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ptce.identity.client.PkceSignIn;

/**
 * What an operator of the launched platform sees: one submission followed by its trace id through the log files of
 * the four services it reaches, and every service's metrics on its management port, never on its API port.
 */
@ExtendWith(SharedPlatform.class)
class ObservabilityIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();
    private static Platform platform;
    private static PlatformApi api;

    @BeforeAll
    static void useTheSharedPlatform(Platform shared) {
        platform = shared;
        api = new PlatformApi(platform::serviceUrl);
    }

    @Test
    void oneSubmissionIsFollowedByItsTraceIdThroughTheLogsOfTheFourServices() throws Exception {
        String coordinator = new PkceSignIn(platform.issuerUri())
                .signIn("coordination@labo-ess.example", "demo-coordination").accessToken();
        String callId = new CallStory(api, RepositoryLayout.ofThisBuild().seeds())
                .openCall(coordinator, Instant.now().plus(30, ChronoUnit.DAYS));
        JsonNode seed = json.readTree(RepositoryLayout.ofThisBuild().seeds().resolve("candidacies.json").toFile())
                .get(1);
        String holder = api.signIn(seed.get("holder").asText(), "demo-porteur");
        String candidacyId = api.post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/candidacies",
                seed.get("content"), holder).expect(201).body().get("id").asText();
        // The trace begins at the caller, as it would in the web application: its context rides on the request.
        var random = new Random();
        String traceId = HexFormat.of().formatHex(bytes(random, 16));

        var submitted = http.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl(PlatformService.APPLICATIONS)
                        + "/api/candidacies/" + candidacyId + "/submit"))
                .header("Authorization", "Bearer " + holder)
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(bytes(random, 8)) + "-01")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        for (PlatformService service : List.of(PlatformService.APPLICATIONS, PlatformService.WORKFLOW,
                PlatformService.REVIEW, PlatformService.PUBLICATION)) {
            Path log = platform.logDirectory().resolve(service.serviceName() + ".log");
            String line = await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> lineWith(log, traceId, candidacyId), found -> found != null);
            System.out.printf("%-12s %s%n", service.serviceName(), line);
        }
    }

    @Test
    void everyServiceServesPrometheusMetricsOnItsManagementPortOnly() throws Exception {
        for (PlatformService service : PlatformService.values()) {
            // This request is also the one the API port's HTTP metrics must then count.
            var onApiPort = http.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl(service)
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(onApiPort.statusCode()).as(service.serviceName()).isNotEqualTo(200);
            String metrics = await().atMost(WAIT).until(() -> metrics(service),
                    body -> body != null && body.contains("http_server_requests_seconds_count"));
            assertThat(metrics).as(service.serviceName())
                    .contains("application=\"" + service.serviceName() + "\"")
                    .contains("jvm_memory_used_bytes");
        }
        for (PlatformService service : EnumSet.of(PlatformService.APPLICATIONS, PlatformService.REVIEW,
                PlatformService.PUBLICATION, PlatformService.WORKFLOW)) {
            assertThat(metrics(service)).as(service.serviceName())
                    .contains("ptce_outbox_backlog_messages")
                    .contains("ptce_outbox_oldest_age_seconds")
                    .contains("kafka_consumer_fetch_manager_records_lag_max");
        }
        assertThat(metrics(PlatformService.WORKFLOW)).contains("ptce_engine_jobs_executable")
                .contains("ptce_engine_jobs_failed").contains("ptce_engine_incidents");
        var deadLetters = http.send(HttpRequest.newBuilder(URI.create(
                platform.managementUrl(PlatformService.REVIEW) + "/actuator/deadletters")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deadLetters.statusCode()).isEqualTo(200);
        assertThat(json.readTree(deadLetters.body()).get("waiting").asInt()).isZero();
    }

    private static String metrics(PlatformService service) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(platform.managementUrl(service)
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : null;
    }

    private static String lineWith(Path log, String traceId, String candidacyId) throws Exception {
        if (!Files.exists(log)) {
            return null;
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(traceId) && line.contains(candidacyId)).findFirst()
                    .orElse(null);
        }
    }

    private static byte[] bytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
