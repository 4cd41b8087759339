package org.ptce.workflow.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.messaging.DeadLetters;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A CallOpened message from Kafka starts the call's process once, and the tracking view shows where it waits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CallProcessStartTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    HistoryService history;

    @Test
    void anOpenedCallStartsItsProcessOnceEvenWhenTheMessageComesTwice() {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var opened = new CallOpened(UUID.randomUUID(), "AMI PTCE 2027", now.plus(30, ChronoUnit.DAYS),
                Set.of(Network.RTES, Network.OPALE), now);

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CALLS))) {
            String id = kafka.publish(opened);
            kafka.publish(opened, id);
            kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, Duration.ofSeconds(60));

            assertThat(kafka.readFor(Duration.ofSeconds(1)))
                    .noneMatch(letter -> opened.callId().toString().equals(letter.key()));
        }

        var track = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForEntity("/api/tracking/calls/{callId}", JsonNode.class, opened.callId()),
                response -> response.getStatusCode() == HttpStatus.OK);
        assertThat(track.getBody().at("/waitingIn/0/activityId").asText())
                .isEqualTo(CallProcess.Activities.WAIT_FOR_RESULTS);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CallProcess.KEY)
                .processInstanceBusinessKey(opened.callId().toString()).count()).isEqualTo(1);
    }

    @Test
    void aCallWithoutProcessIsNotFound() {
        var response = http.getForEntity("/api/tracking/calls/{callId}", JsonNode.class, UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void cockpitIsServed() {
        var cockpit = http.getForEntity("/camunda/app/cockpit/default/", String.class);

        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cockpit.getBody()).contains("Cockpit");
    }
}
