package org.ptce.applications.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.call.CallDrafts;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A coordinator reads a call's submitted candidacies whole, a page at a time, to export them for the committee. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CallCandidaciesTests {

    @Autowired
    TestRestTemplate anonymous;

    TestRestTemplate holder;
    TestRestTemplate coordinator;
    UUID callId;

    @BeforeEach
    void openACall() {
        holder = TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString()));
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        callId = open("AMI PTCE");
    }

    @Test
    void theSubmittedCandidaciesComeWholeInTheOrderTheyWereSubmittedAPageAtATime() {
        var submitted = new ArrayList<String>();
        for (int i = 1; i <= 5; i++) {
            UUID candidacy = draft(callId, "PTCE n° " + i);
            submit(candidacy);
            submitted.add(candidacy.toString());
        }
        holder.postForEntity("/api/candidacies/{id}/withdraw", null, JsonNode.class, submitted.get(1));
        draft(callId, "PTCE encore en brouillon");
        submit(draft(open("Un autre appel"), "PTCE d'un autre appel"));

        var pages = new ArrayList<JsonNode>();
        for (int page = 0; page < 3; page++) {
            ResponseEntity<JsonNode> read = page(callId, page, 2);
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            pages.add(read.getBody());
        }

        assertThat(pages).allSatisfy(page -> assertThat(page.get("totalItems").asLong()).isEqualTo(5));
        assertThat(pages.stream().map(page -> page.get("items").size()).toList()).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(page -> page.get("items").findValuesAsText("id").stream()).toList())
                .as("drafts and other calls left out, the withdrawn kept").isEqualTo(submitted);
        JsonNode first = pages.get(0).get("items").get(0);
        assertThat(first.get("ptceName").asText()).isEqualTo("PTCE n° 1");
        assertThat(first.get("legalForm").asText()).isEqualTo("SCIC");
        assertThat(first.at("/territory/departement").asText()).isEqualTo("64");
        assertThat(first.get("members").findValuesAsText("name")).containsExactly("Coopérative Txirrina",
                "Menuiserie Etxeberria", "Communauté d'agglomération");
        assertThat(first.get("members").findValuesAsText("kind")).containsExactly("ESS_ENTERPRISE", "ENTERPRISE",
                "LOCAL_AUTHORITY");
        assertThat(first.get("themes")).extracting(JsonNode::asText).containsExactly("économie circulaire",
                "monnaie locale");
        assertThat(first.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(first.get("submittedAt").isNull()).isFalse();
        assertThat(pages.get(0).get("items").get(1).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(page(callId, 3, 2).getBody().get("items")).as("past the end").isEmpty();
    }

    @Test
    void onlyCoordinatorsReadTheCandidaciesOfACall() {
        submit(draft(callId, "PTCE du Val"));

        for (String token : List.of(TestTokens.holder(UUID.randomUUID().toString()), TestTokens.reviewer("MES"),
                TestTokens.delegate("MES"))) {
            var refused = TestTokens.as(anonymous, token).getForEntity("/api/calls/{id}/candidacies",
                    JsonNode.class, callId);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(anonymous.getForEntity("/api/calls/{id}/candidacies", JsonNode.class, callId).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(coordinator.getForEntity("/api/calls/{id}/candidacies", JsonNode.class, UUID.randomUUID())
                .getStatusCode()).as("a call that does not exist").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aPageOutOfBoundsIsRefusedByItsParameter() {
        assertRefused(page(callId, -1, 10), "page");
        assertRefused(page(callId, 0, 0), "size");
        assertRefused(page(callId, 0, CallCandidacies.LARGEST_SIZE + 1), "size");
        assertRefused(coordinator.getForEntity("/api/calls/{id}/candidacies?page=deux", JsonNode.class, callId),
                "page");
        assertThat(page(callId, 0, CallCandidacies.LARGEST_SIZE).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
    }

    private ResponseEntity<JsonNode> page(UUID call, int page, int size) {
        return coordinator.getForEntity("/api/calls/{id}/candidacies?page={page}&size={size}", JsonNode.class, call,
                page, size);
    }

    private UUID open(String title) {
        var call = coordinator.postForEntity("/api/calls",
                CallDrafts.draft(title, Instant.now().plus(20, ChronoUnit.DAYS), "RTES", "MES"), JsonNode.class)
                .getBody();
        UUID id = UUID.fromString(call.get("id").asText());
        coordinator.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, id);
        return id;
    }

    private UUID draft(UUID call, String name) {
        var complete = CandidacyTests.complete();
        var content = new CandidacyContent(name, complete.legalForm(), complete.privateLawEntity(),
                complete.alreadySupportedByState(), complete.territory(), complete.members(), complete.themes(),
                complete.cooperationStrategy(), complete.objectives(), complete.indicators(), complete.budgetEuros());
        var created = holder.postForEntity("/api/calls/{callId}/candidacies", content, JsonNode.class, call);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(created.getBody().get("id").asText());
    }

    private void submit(UUID candidacyId) {
        assertThat(holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
