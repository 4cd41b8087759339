package org.ptce.workflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.api.WorkflowTopics;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * How long the coordinator's board of a call takes to answer its first page as the call grows: a call of
 * {@code bench.candidacies} candidacies (6,000 by default, the size of the largest French calls) beside a call of a
 * hundredth of it, both in the same engine, measured in the same run. It prints the figures, and asserts only that
 * the board is whole. Run on purpose, not by the test suite (the name ends with Benchmark):
 *
 * <pre>./mvnw -B -pl services/workflow test -Dtest=BoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@WorkflowServiceTest
class BoardBenchmark {

    private static final int CANDIDACIES = Integer.getInteger("bench.candidacies", 6_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    WorkflowEngine engine;

    @Test
    void theBoardsFirstPageOfALargeCallBesideASmallOne() {
        TestRestTemplate coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        try (var kafka = KafkaTestClient.reading(WorkflowTopics.CANDIDACIES)) {
            long loading = System.nanoTime();
            CallOpened small = call(kafka, Math.max(1, CANDIDACIES / 100));
            CallOpened large = call(kafka, CANDIDACIES);
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    board(coordinator, small, "").get("allItems").asInt() == Math.max(1, CANDIDACIES / 100)
                            && board(coordinator, large, "").get("allItems").asInt() == CANDIDACIES);
            double loadSeconds = (System.nanoTime() - loading) / 1e9;
            // A tenth of the large call moves on, so that the board has stages to count and filter.
            List<String> admitted = board(coordinator, large, "&size=200").get("items")
                    .findValuesAsText("candidacyId");
            for (String candidacyId : admitted) {
                engine.completeTask(CandidacyProcess.KEY, candidacyId, CandidacyProcess.Activities.CHECK_ADMISSIBILITY,
                        "coordinator", Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "ADMISSIBLE"));
            }

            Figures smallFirst = measure(coordinator, small, "");
            Figures largeFirst = measure(coordinator, large, "");
            Figures largeFiltered = measure(coordinator, large, "&stage=" + CandidacyProcess.Activities.AWAIT_REVIEWERS);
            Figures largeLast = measure(coordinator, large, "&page=" + (CANDIDACIES / Board.DEFAULT_SIZE - 1));

            assertThat(board(coordinator, large, "").get("items")).hasSize(Board.DEFAULT_SIZE);
            assertThat(board(coordinator, large, "").at("/stages/" + CandidacyProcess.Activities.AWAIT_REVIEWERS)
                    .asInt()).isEqualTo(admitted.size());

            System.out.printf(Locale.ROOT, "%nBoard of a call (GET /api/tracking/calls/{id}/board), %d rounds each,"
                    + " after %d candidacy processes started in %.0f s (%.0f/s through Kafka):%n", ROUNDS,
                    CANDIDACIES + CANDIDACIES / 100, loadSeconds, (CANDIDACIES + CANDIDACIES / 100) / loadSeconds);
            print("call of " + CANDIDACIES / 100 + ", first page", smallFirst);
            print("call of " + CANDIDACIES + ", first page", largeFirst);
            print("call of " + CANDIDACIES + ", one stage", largeFiltered);
            print("call of " + CANDIDACIES + ", last page", largeLast);
            System.out.printf(Locale.ROOT, "Ratio, first page of the large call to the small one's: %.1f "
                    + "(for a call %d times larger)%n%n", largeFirst.median() / smallFirst.median(), 100);
        }
    }

    private static CallOpened call(KafkaTestClient kafka, int candidacies) {
        CallOpened call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        kafka.publish(call);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, Duration.ofSeconds(60));
        for (int i = 0; i < candidacies; i++) {
            kafka.publish(ApplicationsMessages.candidacySubmitted(call.callId()));
        }
        return call;
    }

    private static Figures measure(TestRestTemplate coordinator, CallOpened call, String filters) {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            board(coordinator, call, filters);
        }
        var millis = new ArrayList<Double>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            board(coordinator, call, filters);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return new Figures(millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }

    private static JsonNode board(TestRestTemplate coordinator, CallOpened call, String filters) {
        var answer = coordinator.getForEntity("/api/tracking/calls/" + call.callId() + "/board"
                + (filters.isEmpty() ? "" : "?" + filters.substring(1)), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static void print(String what, Figures figures) {
        System.out.printf(Locale.ROOT, "  %-32s median %7.1f ms   p95 %7.1f ms   slowest %7.1f ms%n", what,
                figures.median(), figures.p95(), figures.slowest());
    }

    private record Figures(double median, double p95, double slowest) {
    }
}
