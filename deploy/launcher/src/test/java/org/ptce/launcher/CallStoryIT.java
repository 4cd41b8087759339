package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.ptce.testing.TestServers;

/**
 * The story of one call ({@link CallStory}, which {@code deploy/story.sh} tells a newcomer), told through the HTTP
 * APIs only with the services running as separate processes on a real broker and database, and its outcome checked:
 * the published results, each holder's notification, and the laureate's timeline; then an anonymous visitor reads
 * those results in a browser and downloads them as CSV.
 */
class CallStoryIT {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = TestPlatform.start(LaunchOptions.DEMO_TIMINGS);
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
        var outcome = new CallStory(new PlatformApi(platform::serviceUrl), RepositoryLayout.ofThisBuild().seeds())
                .tell();

        JsonNode results = outcome.results();
        assertThat(results.get("laureates")).hasSize(1);
        assertThat(results.at("/laureates/0/ptceName").asText()).startsWith("PTCE Sud Aquitaine");
        assertThat(results.at("/laureates/0/departement").asText()).isEqualTo("64");
        assertThat(results.get("reserve")).isEmpty();

        assertThat(outcome.notifications().get("laureate").get("outcome").asText()).isEqualTo("LAUREATE");
        assertThat(outcome.notifications().get("laureate").get("motivation").asText())
                .contains("territoire basque");
        assertThat(outcome.notifications().get("notSelected").get("outcome").asText()).isEqualTo("NOT_SELECTED");
        assertThat(outcome.notifications().get("incomplete").get("outcome").asText()).isEqualTo("INADMISSIBLE");
        assertThat(outcome.notifications().get("incomplete").get("motivation").asText())
                .contains("pas été reçus dans le délai");
        assertThat(outcome.notifications().get("withdrawn").get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(outcome.laureateCandidacy().get("status").asText()).isEqualTo("LAUREATE");
        assertThat(outcome.laureateCandidacy().get("outcomeMotivation").asText()).contains("territoire basque");

        assertThat(outcome.stages().findValuesAsText("outcome")).contains("LAUREATE", "NOT_SELECTED");
        JsonNode timeline = outcome.laureateTimeline();
        assertThat(timeline.findValuesAsText("message")).containsSubsequence("CandidacySubmitted",
                "AdmissibilityDecided", "AssignReviewers", "ReviewersAssigned", "ReviewCompleted");
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.get("message").asText()).isEqualTo("AdmissibilityDecided");
            assertThat(step.get("actor").asText()).isEqualTo(outcome.coordinatorId());
        });
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.get("message").asText()).isEqualTo("CandidacySubmitted");
            assertThat(step.get("actor").asText()).isEqualTo(outcome.laureateCandidacy().get("holderId").asText());
        });

        eachHolderIsToldByMailThroughTheMailCatcher();
        anAnonymousVisitorReadsTheResultsAndDownloadsThemAsCsv(outcome.callId());
    }

    /** The embedded default's mail catcher receives the notifications publication sends, one per holder. */
    private static void eachHolderIsToldByMailThroughTheMailCatcher() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(platform.mailCatcher().received())
                .flatExtracting(mail -> List.of(mail.getAllRecipients())).extracting(Object::toString)
                .contains("porteur.sudaquitaine@example.org", "porteur.villeurbanne@example.org",
                        "porteur.saintjean@example.org", "porteur.hautsdefrance@example.org"));
        assertThat(platform.dataDirectory().resolve("mail").toFile().list()).isNotEmpty();
    }

    /** The same results in a browser, without signing in: the page, then the open data file it links. */
    private static void anAnonymousVisitorReadsTheResultsAndDownloadsThemAsCsv(String callId) throws Exception {
        String web = platform.serviceUrl(PlatformService.WEB);
        try (var browser = new Browser("public-results")) {
            browser.open(web + "/", "appels");
            browser.pressEnterOn(By.cssSelector("a[href='/appels/" + callId + "']"));
            browser.waitFor(By.linkText("Voir les résultats"));
            browser.pageChanged("appel-clos");
            browser.pressEnterOn(By.linkText("Voir les résultats"));
            browser.waitFor(By.id("laureats"));
            browser.pageChanged("resultats");
            assertThat(browser.text(By.tagName("main"))).contains("PTCE Sud Aquitaine").contains("Département 64");
            assertThat(browser.text(By.tagName("header"))).contains("Se connecter");

            browser.pressEnterOn(By.partialLinkText("format CSV"));
            Path csv = browser.awaitDownload(".csv", Duration.ofSeconds(15));
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("liste,rang,nom_ptce,communes,departement,region,thematiques");
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).startsWith("laureat,1,PTCE Sud Aquitaine");
        }
    }
}
