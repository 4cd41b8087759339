package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptce.testing.TestServers;

/**
 * One call told from its opening to its published results, through the HTTP APIs only, with the services running
 * as separate processes on a real broker and database: four candidacies (a laureate, one not selected, one
 * inadmissible after its completion time ran out, one withdrawn), reviewers of three networks, and a network that
 * rejects the list once before approving it.
 */
class CallStoryIT {

    /** The completion time of the story's call: the platform accepts such a short one for this story only. */
    private static final String COMPLETION_TIME = "PT8S";
    private static final Duration SUBMISSION_WINDOW = Duration.ofSeconds(75);
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final ObjectMapper json = new ObjectMapper();

    private static TestPlatform platform;

    private final Map<String, String> delegateTokens = new HashMap<>();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = TestPlatform.start(
                "-Dptce.applications.completion-time.shortest=" + COMPLETION_TIME,
                // Timers fire within a couple of seconds of being due, not after the job executor's idle backoff.
                "-Dcamunda.bpm.job-execution.wait-time-in-millis=1000",
                "-Dcamunda.bpm.job-execution.max-wait=2000");
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        TestServers.stopNow();
    }

    @Test
    void oneCallFromItsOpeningToItsPublishedResults() throws Exception {
        String coordinator = platform.signIn("coordination@labo-ess.example", "demo-coordination");
        Instant deadline = Instant.now().plus(SUBMISSION_WINDOW);
        String callId = openCall(coordinator, deadline);

        // Four holders submit, with the dossiers of the demo seeds.
        JsonNode seeds = json.readTree(Path.of("../../seeds/candidacies.json").toFile());
        Map<String, Holder> holders = new HashMap<>();
        for (String role : List.of("laureate", "notSelected", "incomplete", "withdrawn")) {
            JsonNode seed = seeds.get(holders.size());
            String username = seed.get("holder").asText();
            String token = platform.signIn(username, "demo-porteur");
            var created = platform.post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/candidacies",
                    seed.get("content"), token);
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            String candidacyId = created.body().get("id").asText();
            assertThat(platform.post(PlatformService.APPLICATIONS, "/api/candidacies/" + candidacyId + "/submit",
                    null, token).status()).isEqualTo(200);
            holders.put(role, new Holder(username, token, candidacyId));
        }

        // The coordinator checks admissibility: three admissible, one asked for completions that never come.
        eventually().until(() -> platform.get(PlatformService.WORKFLOW,
                "/api/admissibility/checks?callId=" + callId, coordinator).body().size() == 4);
        for (String role : List.of("laureate", "notSelected", "withdrawn")) {
            decideAdmissibility(coordinator, holders.get(role), Map.of("outcome", "ADMISSIBLE"));
        }
        decideAdmissibility(coordinator, holders.get("incomplete"), Map.of("outcome", "INCOMPLETE",
                "missingItems", "Les lettres d'engagement signées des membres"));
        eventually().until(() -> "INADMISSIBLE".equals(candidacy(holders.get("incomplete"))
                .get("status").asText()));
        assertThat(candidacy(holders.get("incomplete")).get("admissibilityMotivation").asText())
                .contains("pas été reçus dans le délai");

        // One holder withdraws before the decision.
        var withdrawn = holders.get("withdrawn");
        assertThat(platform.post(PlatformService.APPLICATIONS, "/api/candidacies/" + withdrawn.candidacyId()
                + "/withdraw", null, withdrawn.token()).body().get("status").asText()).isEqualTo("WITHDRAWN");

        // Reviewers of RTES, MES and UFISC evaluate what is assigned to them.
        // (Each person signs in once: the provider limits sign-ins per address.)
        List<String> reviewers = new ArrayList<>();
        for (String reviewer : List.of("evaluation.rtes@example.org", "evaluation2.rtes@example.org",
                "evaluation.mes@example.org", "evaluation.ufisc@example.org")) {
            reviewers.add(platform.signIn(reviewer, "demo-evaluation"));
        }
        Map<String, String> scoreOf = Map.of(holders.get("laureate").candidacyId(), "high",
                holders.get("notSelected").candidacyId(), "low");
        eventually().until(() -> assignmentsOf(reviewers, scoreOf.keySet()) == 6);
        for (String token : reviewers) {
            for (JsonNode assignment : platform.get(PlatformService.REVIEW, "/api/review/assignments", token)
                    .body()) {
                String candidacyId = assignment.get("candidacyId").asText();
                if (scoreOf.containsKey(candidacyId)) {
                    evaluate(token, candidacyId, "high".equals(scoreOf.get(candidacyId)));
                }
            }
        }

        // After the deadline, the coordinator deliberates.
        eventually().atMost(WAIT.plus(SUBMISSION_WINDOW)).until(() -> {
            JsonNode deliberation = platform.get(PlatformService.WORKFLOW, "/api/deliberation/calls/" + callId,
                    coordinator).body();
            return deliberation.hasNonNull("openSince") && deliberation.path("reviewed").size() == 2;
        });
        var ranking = platform.get(PlatformService.REVIEW, "/api/review/calls/" + callId + "/ranking", coordinator);
        assertThat(ranking.body().get(0).get("candidacyId").asText())
                .isEqualTo(holders.get("laureate").candidacyId());
        deliberate(coordinator, callId, holders, "Projet le plus abouti du comité");

        // MES rejects the first list; RTES and UFISC approve it.
        answer("delegue.rtes@example.org", callId, 1, true, null);
        answer("delegue.ufisc@example.org", callId, 1, true, null);
        answer("delegue.mes@example.org", callId, 1, false,
                "Le réseau demande que la motivation rappelle l'ancrage territorial du pôle");
        eventually().until(() -> {
            JsonNode deliberation = platform.get(PlatformService.WORKFLOW, "/api/deliberation/calls/" + callId,
                    coordinator).body();
            return deliberation.hasNonNull("openSince") && deliberation.path("round").asInt() == 1;
        });
        deliberate(coordinator, callId, holders,
                "Projet le plus abouti du comité, fortement ancré dans le territoire basque");
        for (String delegate : List.of("delegue.rtes@example.org", "delegue.mes@example.org",
                "delegue.ufisc@example.org")) {
            answer(delegate, callId, 2, true, null);
        }

        // The results are public, and every holder is told.
        var results = eventually().until(() -> platform.get(PlatformService.PUBLICATION,
                "/api/public/calls/" + callId + "/results", null), response -> response.status() == 200).body();
        assertThat(results.get("laureates")).hasSize(1);
        assertThat(results.at("/laureates/0/ptceName").asText()).startsWith("PTCE Sud Aquitaine");
        assertThat(results.at("/laureates/0/departement").asText()).isEqualTo("64");
        assertThat(notification(holders.get("laureate"), callId).get("outcome").asText()).isEqualTo("LAUREATE");
        assertThat(notification(holders.get("laureate"), callId).get("motivation").asText())
                .contains("territoire basque");
        assertThat(notification(holders.get("notSelected"), callId).get("outcome").asText())
                .isEqualTo("NOT_SELECTED");
        assertThat(notification(holders.get("incomplete"), callId).get("outcome").asText())
                .isEqualTo("INADMISSIBLE");
        assertThat(notification(holders.get("withdrawn"), callId).get("outcome").asText()).isEqualTo("WITHDRAWN");

        // The call's process closes; the laureate's timeline tells its story.
        eventually().until(() -> platform.get(PlatformService.WORKFLOW, "/api/tracking/calls/" + callId,
                coordinator).body().hasNonNull("endedAt"));
        var stages = platform.get(PlatformService.WORKFLOW, "/api/tracking/calls/" + callId + "/candidacies",
                coordinator).body();
        assertThat(stages.findValuesAsText("outcome")).contains("LAUREATE", "NOT_SELECTED");
        JsonNode timeline = platform.get(PlatformService.WORKFLOW, "/api/tracking/candidacies/"
                + holders.get("laureate").candidacyId(), coordinator).body().get("timeline");
        assertThat(timeline.findValuesAsText("message")).containsSubsequence("CandidacySubmitted",
                "AdmissibilityDecided", "AssignReviewers", "ReviewersAssigned", "ReviewCompleted");
        String coordinatorId = platform.get(PlatformService.APPLICATIONS, "/api/calls/" + callId, coordinator)
                .body().get("openedBy").asText();
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.get("message").asText()).isEqualTo("AdmissibilityDecided");
            assertThat(step.get("actor").asText()).isEqualTo(coordinatorId);
        });
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.get("message").asText()).isEqualTo("CandidacySubmitted");
            assertThat(step.get("actor").asText()).isEqualTo(candidacy(holders.get("laureate")).get("holderId")
                    .asText());
        });
    }

    private static ConditionFactory eventually() {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(500));
    }

    private String openCall(String coordinator, Instant deadline) throws Exception {
        ObjectNode draft = json.createObjectNode()
                .put("title", "AMI PTCE — l'histoire d'un appel")
                .put("description", "Un appel mené de son ouverture à la publication de ses résultats.")
                .put("submissionDeadline", deadline.toString())
                .put("reviewDeadline", deadline.plus(Duration.ofDays(30)).toString())
                .put("completionTimeLimit", COMPLETION_TIME);
        draft.putArray("participatingNetworks").add("RTES").add("MES").add("UFISC");
        var grid = draft.putObject("evaluationGrid").put("totalThreshold", 3);
        grid.putArray("criteria")
                .add(json.createObjectNode().put("code", "TERRITORY").put("label", "Ancrage territorial")
                        .put("weight", 2).put("threshold", 2.5))
                .add(json.createObjectNode().put("code", "COOPERATION").put("label", "Coopération")
                        .put("weight", 1).put("threshold", 2));
        var created = platform.post(PlatformService.APPLICATIONS, "/api/calls", draft, coordinator);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String callId = created.body().get("id").asText();
        assertThat(platform.post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/open", null, coordinator)
                .status()).isEqualTo(200);
        return callId;
    }

    private void decideAdmissibility(String coordinator, Holder holder, Map<String, String> decision)
            throws Exception {
        var decided = platform.post(PlatformService.WORKFLOW, "/api/admissibility/checks/" + holder.candidacyId(),
                decision, coordinator);
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(204);
    }

    private int assignmentsOf(List<String> reviewerTokens, Set<String> candidacyIds) throws Exception {
        int assigned = 0;
        for (String token : reviewerTokens) {
            for (JsonNode assignment : platform.get(PlatformService.REVIEW, "/api/review/assignments", token)
                    .body()) {
                assigned += candidacyIds.contains(assignment.get("candidacyId").asText()) ? 1 : 0;
            }
        }
        return assigned;
    }

    private void evaluate(String reviewer, String candidacyId, boolean convinced) throws Exception {
        String path = "/api/review/candidacies/" + candidacyId;
        assertThat(platform.post(PlatformService.REVIEW, path + "/impartiality", null, reviewer).status())
                .isEqualTo(204);
        var evaluation = json.createObjectNode()
                .put("vote", convinced ? "FAVOURABLE" : "UNFAVOURABLE")
                .put("comment", convinced ? "Coopération solide et ancrée" : "Projet encore trop peu structuré");
        evaluation.putObject("scores").put("TERRITORY", convinced ? 5 : 2).put("COOPERATION", convinced ? 4 : 2);
        var written = platform.put(PlatformService.REVIEW, path + "/evaluation", evaluation, reviewer);
        assertThat(written.status()).as(written.body().toString()).isEqualTo(200);
        assertThat(platform.post(PlatformService.REVIEW, path + "/evaluation/submit", null, reviewer).status())
                .isEqualTo(200);
    }

    private void deliberate(String coordinator, String callId, Map<String, Holder> holders, String motivation)
            throws Exception {
        var list = Map.of(
                "laureates", List.of(Map.of("candidacyId", holders.get("laureate").candidacyId(),
                        "motivation", motivation)),
                "reserve", List.of(),
                "notSelected", List.of(Map.of("candidacyId", holders.get("notSelected").candidacyId(),
                        "motivation", "Le comité encourage le pôle à structurer sa gouvernance")));
        var decided = platform.post(PlatformService.WORKFLOW, "/api/deliberation/calls/" + callId, list,
                coordinator);
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(204);
    }

    private void answer(String delegate, String callId, int round, boolean approved, String reason)
            throws Exception {
        String token = delegateTokens.computeIfAbsent(delegate, this::signInDelegate);
        eventually().until(() -> platform.get(PlatformService.REVIEW, "/api/review/validations", token)
                .body().findValuesAsText("callId").contains(callId));
        var body = new HashMap<String, Object>();
        body.put("approved", approved);
        body.put("reason", reason);
        var answered = platform.post(PlatformService.REVIEW, "/api/review/validations/" + callId + "/rounds/"
                + round, body, token);
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
    }

    private String signInDelegate(String delegate) {
        try {
            return platform.signIn(delegate, "demo-delegue");
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign in " + delegate, e);
        }
    }

    private JsonNode candidacy(Holder holder) throws Exception {
        return platform.get(PlatformService.APPLICATIONS, "/api/candidacies/" + holder.candidacyId(),
                holder.token()).body();
    }

    private JsonNode notification(Holder holder, String callId) throws Exception {
        for (JsonNode notification : platform.get(PlatformService.PUBLICATION, "/api/notifications",
                holder.token()).body()) {
            if (notification.get("callId").asText().equals(callId)) {
                return notification;
            }
        }
        throw new AssertionError("No notification of call " + callId + " for " + holder.username());
    }

    private record Holder(String username, String token, String candidacyId) {
    }
}
