package org.ptce.workflow.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.messaging.DeadLetters;
import org.ptce.platform.security.AccessRules;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.workflow.WorkflowServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** A CallOpened message from Kafka starts the call's process once, and the tracking view shows where it waits. */
@WorkflowServiceTest
class CallProcessStartTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    HistoryService history;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anOpenedCallStartsItsProcessOnceEvenWhenTheMessageComesTwice() {
        var opened = ApplicationsMessages.callOpened(Network.RTES, Network.OPALE);

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CALLS))) {
            String id = kafka.publish(opened);
            kafka.publish(opened, id);
            kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, Duration.ofSeconds(60));

            assertThat(kafka.readFor(Duration.ofSeconds(1)))
                    .noneMatch(letter -> opened.callId().toString().equals(letter.key()));
        }

        var coordinator = TestTokens.as(http, TestTokens.coordinator());
        var track = await().atMost(Duration.ofSeconds(30)).until(
                () -> coordinator.getForEntity("/api/tracking/calls/{callId}", JsonNode.class, opened.callId()),
                response -> response.getStatusCode() == HttpStatus.OK);
        assertThat(track.getBody().at("/waitingIn/0/activityId").asText())
                .isEqualTo(CallProcess.Activities.SUBMISSION_DEADLINE_PASSED);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CallProcess.KEY)
                .processInstanceBusinessKey(opened.callId().toString()).count()).isEqualTo(1);
    }

    @Test
    void aCallWithoutProcessIsNotFound() {
        var response = TestTokens.as(http, TestTokens.coordinator())
                .getForEntity("/api/tracking/calls/{callId}", JsonNode.class, UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyACoordinatorFollowsTheProcesses() {
        UUID callId = UUID.randomUUID();
        for (String token : List.of(TestTokens.holder(UUID.randomUUID().toString()), TestTokens.reviewer("MES"),
                TestTokens.delegate("UFISC"))) {
            assertThat(TestTokens.as(http, token).getForEntity("/api/tracking/calls/{callId}", JsonNode.class,
                    callId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/tracking/calls/{callId}", JsonNode.class, callId).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyEndpointOfTheApiSaysWhoMayCallIt() {
        assertThat(AccessRules.apiEndpointsWithoutRule(mappings)).isEmpty();
    }

    @Test
    void cockpitSendsAnonymousVisitorsToSignInAtThePlatformsProvider() throws Exception {
        var browser = HttpClient.newHttpClient();
        var cockpit = browser.send(HttpRequest.newBuilder(
                        URI.create(http.getRootUri() + "/camunda/app/cockpit/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        var signIn = browser.send(HttpRequest.newBuilder(
                        URI.create(http.getRootUri() + "/oauth2/authorization/platform")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/platform");
        assertThat(signIn.headers().firstValue("Location").orElseThrow())
                .startsWith(TestTokens.get().issuer() + "/oauth2/authorize")
                .contains("client_id=ptce-camunda")
                .contains("code_challenge=");
    }

    @Test
    void theWebApplicationsApiTellsAnonymousScriptsToSignIn() throws Exception {
        var engineApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.getRootUri()
                        + "/camunda/api/engine/engine/default/process-definition/count")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(engineApi.statusCode()).isEqualTo(401);
    }
}
