package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptce.testing.TestServers;

/**
 * The story of one call ({@link CallStory}, which {@code deploy/story.sh} tells a newcomer), told through the HTTP
 * APIs only with the services running as separate processes on a real broker and database, and its outcome checked:
 * the published results, each holder's notification, and the laureate's timeline.
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
    }
}
