package org.ptce.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call told from its opening to its published results, through the HTTP APIs only, as the people of the
 * platform live it: four candidacies (a laureate, one not selected, one inadmissible after its completion time ran
 * out, one withdrawn), reviewers of three networks, a network that rejects the list once before approving it. Each
 * step is told on the terminal; a step that does not go as it should stops the story, saying why.
 * <p>
 * Against a platform started with {@code ./deploy/run.sh --demo-timings} (a completion time of seconds, timers that
 * fire at once): {@code ./deploy/story.sh}. The end-to-end test tells the same story and checks its outcome.
 */
final class CallStory {

    /** The story's completion time: short enough to see it run out. */
    static final String COMPLETION_TIME = "PT8S";
    /** The networks taking part in the story's calls. */
    static final List<String> NETWORKS = List.of("RTES", "MES", "UFISC");
    /** Steps 1 to 6 take about 15 s on a 2-core machine: the window leaves them more than twice that. */
    static final Duration SUBMISSION_WINDOW = Duration.ofSeconds(40);
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final ObjectMapper json = new ObjectMapper();
    private static final List<String> REVIEWERS = List.of("evaluation.rtes@example.org",
            "evaluation2.rtes@example.org", "evaluation.mes@example.org", "evaluation.ufisc@example.org");
    private static final List<String> DELEGATES = List.of("delegue.rtes@example.org", "delegue.mes@example.org",
            "delegue.ufisc@example.org");

    private final PlatformApi api;
    private final Path seeds;
    private final Map<String, String> tokens = new HashMap<>();

    CallStory(PlatformApi api, Path seeds) {
        this.api = api;
        this.seeds = seeds;
    }

    /** What the story ends with, for whoever wants to check it. */
    record Outcome(String callId, JsonNode results, Map<String, JsonNode> notifications, JsonNode laureateCandidacy,
            JsonNode laureateTimeline, JsonNode stages, String coordinatorId) {
    }

    public static void main(String[] args) throws Exception {
        var layout = RepositoryLayout.ofThisBuild();
        try {
            new CallStory(PlatformApi.ofDefaultPorts(), layout.seeds()).tell();
            Log.info("Fin de l'histoire.");
        } catch (IllegalStateException e) {
            Log.warn(e.getMessage());
            Log.warn("Is the platform running, started with ./deploy/run.sh --demo-timings?");
            System.exit(1);
        }
    }

    Outcome tell() throws Exception {
        String coordinator = token("coordination@labo-ess.example", "demo-coordination");
        Instant deadline = Instant.now().plus(SUBMISSION_WINDOW);
        String callId = openCall(coordinator, deadline);
        say("1. La coordination ouvre l'appel " + callId + " (dépôts jusqu'à " + deadline
                + ", réseaux RTES, MES et UFISC).");

        JsonNode seeded = json.readTree(seeds.resolve("candidacies.json").toFile());
        Map<String, Holder> holders = new LinkedHashMap<>();
        for (String role : List.of("laureate", "notSelected", "incomplete", "withdrawn")) {
            JsonNode seed = seeded.get(holders.size());
            String username = seed.get("holder").asText();
            String token = token(username, "demo-porteur");
            String candidacyId = api.post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/candidacies",
                    seed.get("content"), token).expect(201).body().get("id").asText();
            api.post(PlatformService.APPLICATIONS, "/api/candidacies/" + candidacyId + "/submit", null, token)
                    .expect(200);
            holders.put(role, new Holder(username, token, candidacyId));
            say("2. " + username + " dépose « " + seed.at("/content/ptceName").asText() + " ».");
        }

        until("the four candidacies wait for the admissibility check", () -> api.get(PlatformService.WORKFLOW,
                "/api/admissibility/checks?callId=" + callId, coordinator).body().size() == 4);
        for (String role : List.of("laureate", "notSelected", "withdrawn")) {
            decideAdmissibility(coordinator, holders.get(role), Map.of("outcome", "ADMISSIBLE"));
        }
        decideAdmissibility(coordinator, holders.get("incomplete"), Map.of("outcome", "INCOMPLETE",
                "missingItems", "Les lettres d'engagement signées des membres"));
        say("3. La coordination déclare trois candidatures recevables et demande des compléments à "
                + holders.get("incomplete").username() + " (délai " + COMPLETION_TIME + ").");
        until("the incomplete candidacy becomes inadmissible when its completion time runs out",
                () -> "INADMISSIBLE".equals(candidacy(holders.get("incomplete")).get("status").asText()));
        say("4. Les compléments ne sont pas venus : « " + candidacy(holders.get("incomplete"))
                .get("admissibilityMotivation").asText() + " »");

        Holder withdrawn = holders.get("withdrawn");
        api.post(PlatformService.APPLICATIONS, "/api/candidacies/" + withdrawn.candidacyId() + "/withdraw", null,
                withdrawn.token()).expect(200);
        say("5. " + withdrawn.username() + " retire sa candidature.");

        List<String> reviewers = new ArrayList<>();
        for (String reviewer : REVIEWERS) {
            reviewers.add(token(reviewer, "demo-evaluation"));
        }
        Map<String, Boolean> convincing = Map.of(holders.get("laureate").candidacyId(), true,
                holders.get("notSelected").candidacyId(), false);
        until("each reviewed candidacy has its three reviewers", () -> assignments(reviewers, convincing.keySet())
                == 6);
        for (String reviewer : reviewers) {
            for (JsonNode assignment : api.get(PlatformService.REVIEW, "/api/review/assignments", reviewer).body()) {
                String candidacyId = assignment.get("candidacyId").asText();
                if (convincing.containsKey(candidacyId)) {
                    evaluate(reviewer, candidacyId, convincing.get(candidacyId));
                    say("6. Un évaluateur " + assignment.get("network").asText() + " déclare n'avoir aucun conflit "
                            + "d'intérêts, note et vote pour « " + assignment.get("ptceName").asText() + " ».");
                }
            }
        }

        say("7. On attend la date limite de dépôt…");
        until("the deliberation opens after the deadline, with both candidacies reviewed", WAIT.plus(
                SUBMISSION_WINDOW), () -> {
                    JsonNode deliberation = api.get(PlatformService.WORKFLOW, "/api/deliberation/calls/" + callId,
                            coordinator).body();
                    return deliberation.hasNonNull("openSince") && deliberation.path("reviewed").size() == 2;
                });
        JsonNode ranking = api.get(PlatformService.REVIEW, "/api/review/calls/" + callId + "/ranking", coordinator)
                .expect(200).body();
        var ranked = new ArrayList<String>();
        ranking.forEach(entry -> ranked.add(entry.get("ptceName").asText() + " (" + entry.get("weightedTotal")
                .asText() + "/5)"));
        say("8. Classement du comité : " + String.join(", ", ranked));
        deliberate(coordinator, callId, holders, "Projet le plus abouti du comité");
        say("9. La coordination propose la liste aux réseaux.");

        answer("delegue.rtes@example.org", callId, 1, true, null);
        answer("delegue.ufisc@example.org", callId, 1, true, null);
        answer("delegue.mes@example.org", callId, 1, false,
                "Le réseau demande que la motivation rappelle l'ancrage territorial du pôle");
        say("10. RTES et UFISC approuvent ; MES rejette la liste, avec sa raison.");
        until("the list comes back to deliberation", () -> {
            JsonNode deliberation = api.get(PlatformService.WORKFLOW, "/api/deliberation/calls/" + callId,
                    coordinator).body();
            return deliberation.hasNonNull("openSince") && deliberation.path("round").asInt() == 1;
        });
        deliberate(coordinator, callId, holders,
                "Projet le plus abouti du comité, fortement ancré dans le territoire basque");
        for (String delegate : DELEGATES) {
            answer(delegate, callId, 2, true, null);
        }
        say("11. La liste revue est approuvée par les trois réseaux.");

        JsonNode results = once("the results are published", () -> api.get(PlatformService.PUBLICATION,
                "/api/public/calls/" + callId + "/results", null)).body();
        say("12. Résultats publiés : lauréats " + results.get("laureates").findValuesAsText("ptceName"));
        Map<String, JsonNode> notifications = new LinkedHashMap<>();
        for (Map.Entry<String, Holder> holder : holders.entrySet()) {
            JsonNode notification = notification(holder.getValue(), callId);
            notifications.put(holder.getKey(), notification);
            say("13. " + holder.getValue().username() + " est informé : " + notification.get("outcomeLabel").asText()
                    + " — " + notification.get("motivation").asText());
        }

        until("the laureate's candidacy shows its outcome", () -> "LAUREATE".equals(
                candidacy(holders.get("laureate")).get("status").asText()));
        JsonNode laureateCandidacy = candidacy(holders.get("laureate"));
        say("13. Sur sa candidature, le porteur lauréat lit : " + laureateCandidacy.get("status").asText() + " — "
                + laureateCandidacy.get("outcomeMotivation").asText());

        until("the call's process closes", () -> api.get(PlatformService.WORKFLOW, "/api/tracking/calls/" + callId,
                coordinator).body().hasNonNull("endedAt"));
        JsonNode stages = api.get(PlatformService.WORKFLOW, "/api/tracking/calls/" + callId + "/board",
                coordinator).expect(200).body().get("items");
        JsonNode timeline = api.get(PlatformService.WORKFLOW, "/api/tracking/candidacies/"
                + holders.get("laureate").candidacyId(), coordinator).expect(200).body().get("timeline");
        say("14. L'appel est clos. Histoire de la candidature lauréate : " + timeline.findValuesAsText("message"));
        String coordinatorId = api.get(PlatformService.APPLICATIONS, "/api/calls/" + callId, coordinator)
                .expect(200).body().get("openedBy").asText();
        return new Outcome(callId, results, notifications, laureateCandidacy, timeline, stages, coordinatorId);
    }

    String openCall(String coordinator, Instant deadline) throws Exception {
        return openCall(coordinator, deadline, COMPLETION_TIME);
    }

    String openCall(String coordinator, Instant deadline, String completionTime) throws Exception {
        ObjectNode draft = json.createObjectNode()
                .put("title", "AMI PTCE — l'histoire d'un appel")
                .put("description", "Un appel mené de son ouverture à la publication de ses résultats.")
                .put("submissionDeadline", deadline.toString())
                .put("reviewDeadline", deadline.plus(Duration.ofDays(30)).toString())
                .put("completionTimeLimit", completionTime);
        NETWORKS.forEach(draft.putArray("participatingNetworks")::add);
        var grid = draft.putObject("evaluationGrid").put("totalThreshold", 3);
        grid.putArray("criteria")
                .add(json.createObjectNode().put("code", "TERRITORY").put("label", "Ancrage territorial")
                        .put("weight", 2).put("threshold", 2.5))
                .add(json.createObjectNode().put("code", "COOPERATION").put("label", "Coopération")
                        .put("weight", 1).put("threshold", 2));
        String callId = api.post(PlatformService.APPLICATIONS, "/api/calls", draft, coordinator).expect(201).body()
                .get("id").asText();
        api.post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/open", null, coordinator).expect(200);
        return callId;
    }

    private void decideAdmissibility(String coordinator, Holder holder, Map<String, String> decision)
            throws Exception {
        api.post(PlatformService.WORKFLOW, "/api/admissibility/checks/" + holder.candidacyId(), decision,
                coordinator).expect(204);
    }

    private int assignments(List<String> reviewerTokens, Set<String> candidacyIds) throws Exception {
        int assigned = 0;
        for (String token : reviewerTokens) {
            for (JsonNode assignment : api.get(PlatformService.REVIEW, "/api/review/assignments", token).body()) {
                assigned += candidacyIds.contains(assignment.get("candidacyId").asText()) ? 1 : 0;
            }
        }
        return assigned;
    }

    private void evaluate(String reviewer, String candidacyId, boolean convinced) throws Exception {
        String path = "/api/review/candidacies/" + candidacyId;
        api.post(PlatformService.REVIEW, path + "/impartiality", null, reviewer).expect(204);
        var evaluation = json.createObjectNode()
                .put("vote", convinced ? "FAVOURABLE" : "UNFAVOURABLE")
                .put("comment", convinced ? "Coopération solide et ancrée" : "Projet encore trop peu structuré");
        evaluation.putObject("scores").put("TERRITORY", convinced ? 5 : 2).put("COOPERATION", convinced ? 4 : 2);
        api.put(PlatformService.REVIEW, path + "/evaluation", evaluation, reviewer).expect(200);
        api.post(PlatformService.REVIEW, path + "/evaluation/submit", null, reviewer).expect(200);
    }

    private void deliberate(String coordinator, String callId, Map<String, Holder> holders, String motivation)
            throws Exception {
        var list = Map.of(
                "laureates", List.of(Map.of("candidacyId", holders.get("laureate").candidacyId(),
                        "motivation", motivation)),
                "reserve", List.of(),
                "notSelected", List.of(Map.of("candidacyId", holders.get("notSelected").candidacyId(),
                        "motivation", "Le comité encourage le pôle à structurer sa gouvernance")));
        api.post(PlatformService.WORKFLOW, "/api/deliberation/calls/" + callId, list, coordinator).expect(204);
    }

    private void answer(String delegate, String callId, int round, boolean approved, String reason)
            throws Exception {
        String token = token(delegate, "demo-delegue");
        until(delegate + " has round " + round + " to answer", () -> api.get(PlatformService.REVIEW,
                "/api/review/validations", token).body().findValuesAsText("callId").contains(callId));
        var body = new HashMap<String, Object>();
        body.put("approved", approved);
        body.put("reason", reason);
        api.post(PlatformService.REVIEW, "/api/review/validations/" + callId + "/rounds/" + round, body, token)
                .expect(200);
    }

    private JsonNode candidacy(Holder holder) throws Exception {
        return api.get(PlatformService.APPLICATIONS, "/api/candidacies/" + holder.candidacyId(), holder.token())
                .expect(200).body();
    }

    private JsonNode notification(Holder holder, String callId) throws Exception {
        for (JsonNode notification : api.get(PlatformService.PUBLICATION, "/api/notifications", holder.token())
                .expect(200).body()) {
            if (notification.get("callId").asText().equals(callId)) {
                return notification;
            }
        }
        throw new IllegalStateException("No notification of call " + callId + " for " + holder.username());
    }

    /** Each person signs in once: the provider limits the sign-ins from one address. */
    String token(String username, String password) throws Exception {
        String token = tokens.get(username);
        if (token == null) {
            token = api.signIn(username, password);
            tokens.put(username, token);
        }
        return token;
    }

    private static void say(String line) {
        Log.info(line);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private interface Read {
        PlatformApi.Response read() throws Exception;
    }

    private static void until(String what, Check check) throws Exception {
        until(what, WAIT, check);
    }

    private static void until(String what, Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + timeout.toSeconds() + " s, in vain, until " + what);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /** Reads until the answer is 200. */
    private static PlatformApi.Response once(String what, Read read) throws Exception {
        PlatformApi.Response[] last = new PlatformApi.Response[1];
        until(what, () -> (last[0] = read.read()).status() == 200);
        return last[0];
    }

    private record Holder(String username, String token, String candidacyId) {
    }
}
