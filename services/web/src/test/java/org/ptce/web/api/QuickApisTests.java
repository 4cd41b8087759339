package org.ptce.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.WebProperties;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The header's clients as the services answer them over HTTP: the counts read from their endpoints, a refusal read
 * as with the other clients, and a service that does not answer given up after the short timeout.
 */
class QuickApisTests {

    private static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final CountDownLatch released = new CountDownLatch(1);
    private ExecutorService handlers;
    private HttpServer service;
    private volatile String asked;
    private volatile int status;
    private volatile String answer;
    private volatile boolean silent;
    private QuickApis apis;

    @BeforeEach
    void service() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", this::answer);
        handlers = Executors.newCachedThreadPool();
        service.setExecutor(handlers);
        service.start();
        URI address = URI.create("http://127.0.0.1:" + service.getAddress().getPort());
        var properties = new WebProperties(URI.create("http://localhost:9000"), "ptce-web", "secret", null, null,
                new WebProperties.Services(address, address, address, address, null));
        apis = new ServiceClients().quickApis(RestClient.builder(), properties,
                mock(OAuth2AuthorizedClientManager.class), json);
    }

    @AfterEach
    void stop() throws InterruptedException {
        released.countDown();
        service.stop(0);
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void answer(HttpExchange exchange) throws IOException {
        asked = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
        if (silent) {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void theCoordinationsCountsAreReadCallByCallAsTheServicesWriteThem() {
        status = 200;
        answer = """
                [{"callId":"%s","title":"AMI PTCE 2027","admissibilityChecks":3,
                  "deliberationOpenSince":"2027-02-15T11:00:00Z","round":1,"stillUnderReview":0}]""".formatted(CALL);

        List<WorkflowApi.AwaitingCall> calls = apis.workflow().awaitingCoordination();

        assertThat(asked).isEqualTo("GET /api/tracking/awaiting");
        assertThat(calls).containsExactly(new WorkflowApi.AwaitingCall(CALL, "AMI PTCE 2027", 3,
                Instant.parse("2027-02-15T11:00:00Z"), 1, 0, null));
        assertThat(calls.get(0).silentNetworks()).as("left out when none").isEmpty();

        answer = """
                [{"callId":"%s","title":"AMI PTCE 2027","reviewDeadline":"2027-03-31T10:00:00Z","candidacies":2,
                  "networksWithoutReviewer":["MES","OPALE"]}]""".formatted(CALL);

        List<ReviewDeskApi.UncoveredCall> uncovered = apis.reviewDesk().uncoveredCalls();

        assertThat(asked).isEqualTo("GET /api/review/uncovered");
        assertThat(uncovered).containsExactly(new ReviewDeskApi.UncoveredCall(CALL, "AMI PTCE 2027",
                Instant.parse("2027-03-31T10:00:00Z"), 2, Set.of("MES", "OPALE")));
    }

    @Test
    void aRefusalIsReadAsWithTheOtherClients() {
        status = 403;
        answer = "{\"status\":403,\"title\":\"Forbidden\"}";

        assertThatThrownBy(() -> apis.review().myAssignments())
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.is(403)).isTrue());
        assertThat(asked).isEqualTo("GET /api/review/assignments");
    }

    @Test
    void aServiceThatDoesNotAnswerIsGivenUpAfterTheShortTimeout() {
        status = 200;
        answer = "[]";
        silent = true;

        assertThatThrownBy(() -> apis.validation().myRounds())
                .isInstanceOf(ResourceAccessException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
    }
}
