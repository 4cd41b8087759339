package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ptce.testing.TestServers;

/**
 * The committee's first pages in a real browser, with the keyboard: a call opened and a candidacy submitted through
 * the APIs, the coordinator declares it admissible on the admissibility queue, and the MES reviewer it goes to
 * declares no conflict of interest, scores it on the call's grid (the weighted total computed as they type), votes,
 * and submits after confirming. The whole story of a call in the browser is still to come (issue 11).
 */
class CommitteePagesIT {

    private static final ObjectMapper json = new ObjectMapper();

    private static Platform platform;
    private static String web;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = TestPlatform.start(LaunchOptions.DEMO_TIMINGS);
        web = platform.serviceUrl(PlatformService.WEB);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        TestServers.stopNow();
    }

    @Test
    void theCoordinatorAdmitsACandidacyAndItsReviewerEvaluatesItWithTheKeyboard() throws Exception {
        var api = new PlatformApi(platform::serviceUrl);
        var story = new CallStory(api, RepositoryLayout.ofThisBuild().seeds());
        String coordinatorToken = story.token("coordination@labo-ess.example", "demo-coordination");
        String callId = story.openCall(coordinatorToken, Instant.now().plus(Duration.ofHours(2)));
        JsonNode seed = json.readTree(RepositoryLayout.ofThisBuild().seeds().resolve("candidacies.json").toFile())
                .get(0);
        String holderToken = story.token(seed.get("holder").asText(), "demo-porteur");
        String candidacyId = api.post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/candidacies",
                seed.get("content"), holderToken).expect(201).body().get("id").asText();
        api.post(PlatformService.APPLICATIONS, "/api/candidacies/" + candidacyId + "/submit", null, holderToken)
                .expect(200);
        String ptceName = seed.at("/content/ptceName").asText();

        try (var coordinator = new Browser("committee-coordinator")) {
            signIn(coordinator, "coordination@labo-ess.example", "demo-coordination");
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                coordinator.driver().get(web + "/coordination/appels/" + callId + "/recevabilite");
                return !coordinator.driver().findElements(By.id("outcome-" + candidacyId + "-ADMISSIBLE")).isEmpty();
            });
            coordinator.pageChanged("recevabilite");
            coordinator.driver().findElement(By.id("outcome-" + candidacyId + "-ADMISSIBLE")).sendKeys(Keys.SPACE);
            coordinator.pressEnterOn(By.cssSelector("#candidature-" + candidacyId + " button[type=submit]"));
            coordinator.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Décision enregistrée"));
            coordinator.pageChanged("recevable");
        }

        String reviewerToken = story.token("evaluation.mes@example.org", "demo-evaluation");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get(PlatformService.REVIEW, "/api/review/assignments",
                reviewerToken).body().findValuesAsText("candidacyId").contains(candidacyId));

        try (var reviewer = new Browser("committee-reviewer")) {
            signIn(reviewer, "evaluation.mes@example.org", "demo-evaluation");
            reviewer.waitUntil(ExpectedConditions.titleContains("Mes évaluations"));
            reviewer.pageChanged("mes-evaluations");
            assertThat(reviewer.text(By.cssSelector("tr[data-candidacy='" + candidacyId + "']")))
                    .contains(ptceName).contains("Impartialité à déclarer");

            reviewer.pressEnterOn(By.cssSelector("tr[data-candidacy='" + candidacyId + "'] a"));
            reviewer.waitFor(By.id("declare-impartiality"));
            reviewer.pageChanged("declaration");
            assertThat(reviewer.text(By.id("members"))).isNotBlank();
            reviewer.pressEnterOn(By.id("declare-impartiality"));

            reviewer.waitFor(By.id("evaluation-form"));
            reviewer.pageChanged("evaluation");
            assertThat(reviewer.text(By.id("others-hidden"))).contains("une fois la vôtre soumise");
            reviewer.type(By.id("scores-TERRITORY"), "4");
            reviewer.type(By.id("scores-COOPERATION"), "3");
            reviewer.driver().findElement(By.id("vote-FAVOURABLE")).sendKeys(Keys.SPACE);
            reviewer.type(By.id("comment"), "Un pôle solidement ancré, une coopération à élargir.");
            reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"),
                    "enregistré à"));
            reviewer.waitUntil(driver -> reviewer.text(By.id("weighted-total")).matches(".*3[,.]67.*"));
            reviewer.pageChanged("evaluation-enregistree");

            reviewer.pressEnterOn(By.id("review-submission"));
            reviewer.waitFor(By.id("confirm-submission"));
            reviewer.pageChanged("soumission");
            reviewer.driver().findElement(By.id("confirm-submission")).sendKeys(Keys.SPACE);
            reviewer.pressEnterOn(By.id("submit-evaluation"));
            reviewer.waitFor(By.id("submitted-notice"));
            reviewer.pageChanged("evaluation-soumise");
            assertThat(reviewer.driver().findElements(By.id("scores-TERRITORY")))
                    .allSatisfy(field -> assertThat(field.isEnabled() && field.getDomAttribute("readonly") == null)
                            .as("frozen").isFalse());
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.open(web + "/", "accueil");
        browser.pressEnterOn(By.linkText("Se connecter"));
        browser.waitFor(By.id("username"));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.pressEnterOn(By.id("password"));
        browser.waitFor(By.className("who"));
    }
}
