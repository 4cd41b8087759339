package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.ptce.identity.client.BrowserSession;
import org.ptce.identity.client.PkceSignIn;

/**
 * The four services, each in its own JVM as the launcher runs them, against one broker and one database: a call
 * opened in one service reaches the others. What a crash does is {@link ReducedFaultDrillIT}'s.
 */
@ExtendWith(SharedPlatform.class)
class PlatformSmokeIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();
    private static Platform platform;
    private static String coordinatorToken;

    @BeforeAll
    static void useTheSharedPlatform(Platform shared) throws Exception {
        platform = shared;
        coordinatorToken = new PkceSignIn(platform.issuerUri())
                .signIn("coordination@labo-ess.example", "demo-coordination").accessToken();
    }

    @Test
    void theDemoCallOfTheSeedsIsPublicAndItsProcessRuns() throws Exception {
        // The seeds hold one open call and one draft: only the open one is public.
        var demoCall = await().atMost(WAIT).until(() -> seededCall(get(PlatformService.PUBLICATION,
                "/api/public/calls")), call -> call != null);
        String callId = demoCall.get("callId").asText();

        assertThat(get(PlatformService.PUBLICATION, "/api/public/calls").findValuesAsText("title"))
                .noneMatch(title -> title.contains("brouillon"));
        // Its candidacies, each written by its holder: the coordinator follows the five submitted (and those other
        // tests of the shared platform submit); a draft is its holder's only.
        var candidacies = get(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/candidacies?size=500")
                .get("items");
        assertThat(candidacies.findValuesAsText("status")).hasSizeGreaterThanOrEqualTo(5).containsOnly("SUBMITTED");
        await().atMost(WAIT).until(() -> status(PlatformService.WORKFLOW, "/api/tracking/calls/" + callId) == 200);
    }

    /**
     * The job executor polls for due jobs every two seconds at most (workflow's defaults, not a demo setting): a
     * deadline timer fires within a few seconds of its due time, read from the engine's own job log.
     */
    @Test
    void aDeadlineTimerFiresWithinSecondsOfItsDueTime() throws Exception {
        String callId = openCall("Appel à l'échéance proche", Instant.now().plusSeconds(20));
        try (var database = platform.adminConnection()) {
            double lateSeconds = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                    .until(() -> timerLateness(database, callId), late -> late != null);

            System.out.printf("Submission deadline timer fired %.2f s after its due time%n", lateSeconds);
            assertThat(lateSeconds).isBetween(0.0, 5.0);
        }
    }

    private static Double timerLateness(Connection database, String callId) throws Exception {
        try (var query = database.prepareStatement("""
                select extract(epoch from (log.timestamp_ - log.job_duedate_))
                from workflow.act_hi_job_log log
                join workflow.act_hi_procinst process on process.proc_inst_id_ = log.process_instance_id_
                where process.business_key_ = ? and log.act_id_ = 'SubmissionDeadlinePassed' and log.job_state_ = 2
                """)) {
            query.setString(1, callId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getDouble(1) : null;
            }
        }
    }

    @Test
    void aCallOpenedInApplicationsReachesReviewPublicationAndWorkflow() throws Exception {
        String callId = openCall("Appel du test de fumée");

        await().atMost(WAIT).until(() -> status(PlatformService.PUBLICATION, "/api/public/calls/" + callId) == 200);
        await().atMost(WAIT).until(() -> status(PlatformService.REVIEW, "/api/review/calls/" + callId) == 200);
        var track = await().atMost(WAIT).until(() -> get(PlatformService.WORKFLOW, "/api/tracking/calls/" + callId),
                body -> body.has("waitingIn"));
        assertThat(track.at("/waitingIn/0/activityId").asText()).isEqualTo("SubmissionDeadlinePassed");
    }

    @Test
    void aDemoAccountSignsInAtThePlatformsIdentityProvider() throws Exception {
        var result = new PkceSignIn(platform.issuerUri()).signIn("delegue.ufisc@example.org", "demo-delegue");

        assertThat(result.tokenStatus()).isEqualTo(200);
        assertThat(result.accessTokenClaims().get("network").asText()).isEqualTo("UFISC");
        assertThat(result.accessTokenClaims().get("iss").asText()).isEqualTo(platform.issuerUri());
    }

    @Test
    void cockpitLetsACoordinatorInAndNobodyElse() throws Exception {
        String cockpit = platform.serviceUrl(PlatformService.WORKFLOW) + "/camunda/app/cockpit/default/";

        var coordinator = new BrowserSession(platform.issuerUri(), "coordination@labo-ess.example",
                "demo-coordination").open(cockpit);
        var holder = new BrowserSession(platform.issuerUri(), "porteur.villeurbanne@example.org", "demo-porteur")
                .open(cockpit);

        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(coordinator.body()).contains("Cockpit");
        assertThat(holder.statusCode()).isEqualTo(403);
    }

    @Test
    void cockpitWorksForACoordinatorUntilTheySignOut() throws Exception {
        String workflow = platform.serviceUrl(PlatformService.WORKFLOW);
        var coordinator = new BrowserSession(platform.issuerUri(), "coordination@labo-ess.example",
                "demo-coordination");
        assertThat(coordinator.open(workflow + "/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        var whoIsSignedIn = HttpRequest.newBuilder(URI.create(workflow + "/camunda/api/admin/auth/user/default"))
                .header("Accept", "application/json");
        assertThat(coordinator.send(whoIsSignedIn).statusCode()).isEqualTo(200);
        // What Cockpit's pages read, through the web applications' own REST API.
        var deployments = coordinator.send(HttpRequest.newBuilder(
                URI.create(workflow + "/camunda/api/engine/engine/default/process-definition/count")));
        assertThat(deployments.statusCode()).as(deployments.body()).isEqualTo(200);
        // Tasklist's "group tasks": the coordinator is in the models' candidate group, which holds the seeded
        // candidacies' admissibility checks.
        String userId = json.readTree(coordinator.send(whoIsSignedIn).body()).get("userId").asText();
        var groups = json.readTree(coordinator.send(HttpRequest.newBuilder(URI.create(workflow
                + "/camunda/api/engine/engine/default/group?member=" + userId))).body());
        assertThat(groups.findValuesAsText("id")).contains("coordinators", "camunda-admin");
        var groupTasks = json.readTree(coordinator.send(HttpRequest.newBuilder(URI.create(workflow
                + "/camunda/api/engine/engine/default/task/count?candidateGroups=coordinators"))).body());
        assertThat(groupTasks.get("count").asInt()).isPositive();

        var signOut = coordinator.send(HttpRequest.newBuilder(
                        URI.create(workflow + "/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", coordinator.cookie("XSRF-TOKEN").orElseThrow())
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(signOut.statusCode()).isLessThan(300);
        // The web applications' scripts are told they are signed out, not sent back in by the session.
        assertThat(coordinator.send(whoIsSignedIn).statusCode()).isEqualTo(401);
    }

    /** Swagger UI's scripts run and it reads the document under the policy the API's answers carry. */
    @Test
    void theApiUiRendersUnderItsContentSecurityPolicy() throws Exception {
        String ui = platform.serviceUrl(PlatformService.APPLICATIONS) + "/swagger-ui/index.html";
        var page = http.send(HttpRequest.newBuilder(URI.create(ui)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'", "connect-src 'self' " + platform.issuerUri()));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

        try (var browser = new Browser("api-ui")) {
            browser.open(ui, "swagger-ui");
            await().atMost(WAIT).ignoreExceptions()
                    .until(() -> browser.waitFor(By.cssSelector(".opblock-summary-path")) != null);
            assertThat(browser.text(By.cssSelector(".swagger-ui .info .title"))).contains("applications");
            // Swagger UI's own markup is not the platform's to make accessible; its pages are not the people's.
            browser.takeViolations();
        }
    }

    private static JsonNode seededCall(JsonNode publicCalls) {
        for (JsonNode call : publicCalls) {
            if (call.get("title").asText().startsWith("AMI PTCE 2027")) {
                return call;
            }
        }
        return null;
    }

    private static String openCall(String title) throws Exception {
        return openCall(title, Instant.now().plus(30, ChronoUnit.DAYS));
    }

    private static String openCall(String title, Instant submissionDeadline) throws Exception {
        var draft = json.createObjectNode()
                .put("title", title)
                .put("description", "Appel créé par le test de fumée de la plateforme")
                .put("submissionDeadline", submissionDeadline.toString())
                .put("reviewDeadline", Instant.now().plus(60, ChronoUnit.DAYS).toString())
                .put("completionTimeLimit", "P10D");
        draft.putArray("participatingNetworks").add("RTES").add("MES").add("UFISC");
        var grid = draft.putObject("evaluationGrid").put("totalThreshold", 3);
        grid.putArray("criteria").addObject().put("code", "COOPERATION").put("label", "Coopération")
                .put("weight", 1).put("threshold", 2.5);
        JsonNode created = post(PlatformService.APPLICATIONS, "/api/calls", draft.toString(), 201);
        String callId = created.get("id").asText();
        post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/open", "", 200);
        return callId;
    }

    private static JsonNode post(PlatformService service, String path, String body, int expectedStatus)
            throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + coordinatorToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private static JsonNode get(PlatformService service, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + coordinatorToken).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private static int status(PlatformService service, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + coordinatorToken).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
