package org.ptce.applications.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ptce.testing.KafkaTestClient.header;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.platform.security.AccessRules;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** A call's life through the HTTP API, on a real database and a real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
@ExtendWith(OutputCaptureExtension.class)
class CallLifecycleTests {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String coordinatorId = UUID.randomUUID().toString();
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.reading(ApplicationsTopics.CALLS);
        http = TestTokens.as(anonymous, TestTokens.get().token(coordinatorId, List.of("COORDINATOR"), null));
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void openingACallStoresWhoOpenedItAndTellsTheOtherServices(CapturedOutput output) throws Exception {
        var deadline = Instant.now().plus(42, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID callId = createCall(deadline);

        var opened = http.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(opened.getBody().get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.getBody().get("openedBy").asText()).isEqualTo(coordinatorId);
        var record = kafka.awaitRecord(r -> callId.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("org.ptce.applications.CallOpened.v1");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(callId.toString());
        JsonNode payload = objectMapper.readTree(record.value());
        assertThat(payload.get("title").asText()).isEqualTo("AMI PTCE 2027");
        assertThat(payload.get("description").asText())
                .isEqualTo("Appel à manifestation d'intérêt pour les pôles territoriaux de coopération");
        assertThat(Instant.parse(payload.get("submissionDeadline").asText())).isEqualTo(deadline);
        assertThat(payload.get("participatingNetworks")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("RTES", "MES", "OPALE");
        assertThat(jdbc.queryForObject("select opened_by from calls where id = ?", String.class, callId))
                .isEqualTo(coordinatorId);
        assertThat(header(record, CloudEventHeaders.ACTOR)).isEqualTo(coordinatorId);
        assertThat(output.getOut()).containsPattern("\\[call=" + callId + "\\].*Call opened by");
    }

    @Test
    void openingACallTwiceIsAConflictAndSendsNothingMore() {
        UUID callId = createCall(Instant.now().plus(10, ChronoUnit.DAYS));
        http.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);

        var again = http.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("only a DRAFT call can be opened");
        kafka.awaitRecord(r -> callId.toString().equals(r.key()));
        assertThat(kafka.readFor(Duration.ofSeconds(2))).filteredOn(r -> callId.toString().equals(r.key()))
                .hasSize(1);
    }

    @Test
    void aCallCanBeReadBackAndListed() {
        UUID callId = createCall(Instant.now().plus(5, ChronoUnit.DAYS));

        var call = http.getForEntity("/api/calls/{callId}", JsonNode.class, callId);
        var calls = http.getForEntity("/api/calls", JsonNode.class);

        assertThat(call.getBody().get("status").asText()).isEqualTo("DRAFT");
        assertThat(calls.getBody().findValuesAsText("id")).contains(callId.toString());
    }

    @Test
    void aDraftIsChangedUntilItOpensWithWhoChangedItAndThenNoMore() {
        var deadline = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID callId = createCall(deadline);
        var revision = CallDrafts.draft("AMI PTCE 2027 (révisé)", deadline.plus(1, ChronoUnit.DAYS), "COORACE");
        revision.put("evaluationGrid", Map.of("totalThreshold", 2.5, "criteria", List.of(
                CallDrafts.criterion("COOPERATION", "Coopération entre les membres", 4, 3),
                CallDrafts.criterion("INNOVATION", "Innovation sociale", 1, 1.5))));
        revision.put("requiredDocuments", List.of());

        var changed = put(callId, revision);

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("title").asText()).isEqualTo("AMI PTCE 2027 (révisé)");
        assertThat(changed.getBody().get("updatedBy").asText()).isEqualTo(coordinatorId);
        var read = http.getForEntity("/api/calls/{callId}", JsonNode.class, callId).getBody();
        assertThat(Instant.parse(read.get("submissionDeadline").asText())).isEqualTo(deadline.plus(1, ChronoUnit.DAYS));
        assertThat(read.get("participatingNetworks")).extracting(JsonNode::asText).containsExactly("COORACE");
        assertThat(read.at("/evaluationGrid/criteria")).extracting(c -> c.get("code").asText())
                .containsExactly("COOPERATION", "INNOVATION");
        assertThat(read.at("/evaluationGrid/criteria/0/weight").asInt()).isEqualTo(4);
        assertThat(read.get("requiredDocuments")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from call_criteria where call_id = ?", Integer.class, callId))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select updated_by from calls where id = ?", String.class, callId))
                .isEqualTo(coordinatorId);

        http.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);
        var afterOpening = put(callId, CallDrafts.draft("Trop tard", deadline, "MES"));

        assertThat(afterOpening.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(afterOpening.getBody().get("detail").asText()).contains("only a DRAFT call can be changed");
        assertThat(jdbc.queryForObject("select title from calls where id = ?", String.class, callId))
                .isEqualTo("AMI PTCE 2027 (révisé)");
    }

    @Test
    void aChangeThatBreaksARuleIsRefusedAndTheDraftStaysAsItWas() {
        var deadline = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID callId = createCall(deadline);
        var late = CallDrafts.draft("AMI PTCE 2027", deadline, "MES");
        late.put("reviewDeadline", deadline.minus(1, ChronoUnit.DAYS).toString());
        var malformed = CallDrafts.draft("AMI PTCE 2027", deadline, "MES");
        malformed.put("evaluationGrid", Map.of("totalThreshold", 3, "criteria", List.of(
                CallDrafts.criterion("COOPERATION", "Coopération", 0, 2.5))));

        var refused = put(callId, late);
        var invalid = put(callId, malformed);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("reviewDeadline");
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().at("/errors/0/field").asText()).isEqualTo("evaluationGrid.criteria[0].weight");
        assertThat(jdbc.queryForObject("select count(*) from call_criteria where call_id = ?", Integer.class, callId))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select updated_by from calls where id = ?", String.class, callId)).isNull();
    }

    @Test
    void anUnknownCallIsNotFoundAndNothingIsSent() {
        var unknown = UUID.randomUUID();

        var response = http.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, unknown);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(kafka.readFor(Duration.ofSeconds(1))).noneMatch(r -> unknown.toString().equals(r.key()));
    }

    @Test
    void aHolderSeesOpenCallsButNotDrafts() {
        UUID draft = createCall(Instant.now().plus(5, ChronoUnit.DAYS));
        UUID open = createCall(Instant.now().plus(5, ChronoUnit.DAYS));
        http.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, open);
        var holder = TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString()));

        assertThat(holder.getForEntity("/api/calls/{callId}", JsonNode.class, draft).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(holder.getForEntity("/api/calls/{callId}", JsonNode.class, open).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(holder.getForEntity("/api/calls", JsonNode.class).getBody().findValuesAsText("id"))
                .contains(open.toString()).doesNotContain(draft.toString());
    }

    @Test
    void aReviewerOrDelegateSeesOnlyTheOpenCallsOfTheirNetwork() {
        UUID theirs = createCall(Instant.now().plus(5, ChronoUnit.DAYS));
        http.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, theirs);
        UUID draft = createCall(Instant.now().plus(5, ChronoUnit.DAYS));

        for (String token : List.of(TestTokens.reviewer("UFISC"), TestTokens.delegate("COORACE"))) {
            var outsider = TestTokens.as(anonymous, token);
            assertThat(outsider.getForEntity("/api/calls/{callId}", JsonNode.class, theirs).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(outsider.getForEntity("/api/calls", JsonNode.class).getBody().findValuesAsText("id"))
                    .doesNotContain(theirs.toString());
        }
        for (String token : List.of(TestTokens.reviewer("MES"), TestTokens.delegate("OPALE"))) {
            var member = TestTokens.as(anonymous, token);
            assertThat(member.getForEntity("/api/calls/{callId}", JsonNode.class, theirs).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(member.getForEntity("/api/calls/{callId}", JsonNode.class, draft).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(member.getForEntity("/api/calls", JsonNode.class).getBody().findValuesAsText("id"))
                    .contains(theirs.toString()).doesNotContain(draft.toString());
        }
    }

    @Test
    void onlyACoordinatorPreparesOrOpensACall() {
        UUID draft = createCall(Instant.now().plus(5, ChronoUnit.DAYS));
        for (String token : List.of(TestTokens.holder(UUID.randomUUID().toString()), TestTokens.reviewer("MES"),
                TestTokens.delegate("RTES"))) {
            var someone = TestTokens.as(anonymous, token);
            assertThat(someone.postForEntity("/api/calls", Map.of(), JsonNode.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(someone.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, draft)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(someone.exchange("/api/calls/{callId}", HttpMethod.PUT,
                    new HttpEntity<>(CallDrafts.draft("Intrus", Instant.now().plus(9, ChronoUnit.DAYS), "MES")),
                    JsonNode.class, draft).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.queryForObject("select status from calls where id = ?", String.class, draft))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select title from calls where id = ?", String.class, draft))
                .isEqualTo("AMI PTCE 2027");
    }

    @Test
    void aMissingExpiredForgedForeignOrMisdirectedTokenIsRefusedAndNothingIsWritten() {
        int callsBefore = jdbc.queryForObject("select count(*) from calls", Integer.class);
        var tokens = TestTokens.get();
        List<TestRestTemplate> strangers = List.of(anonymous,
                TestTokens.as(anonymous, tokens.expired(coordinatorId, List.of("COORDINATOR"))),
                TestTokens.as(anonymous, tokens.forged(coordinatorId, List.of("COORDINATOR"))),
                TestTokens.as(anonymous, tokens.fromAnotherIssuer(coordinatorId, List.of("COORDINATOR"))),
                TestTokens.as(anonymous, tokens.forAnotherClient(coordinatorId, List.of("COORDINATOR"))),
                TestTokens.as(anonymous, tokens.untyped(coordinatorId, List.of("COORDINATOR"))),
                TestTokens.as(anonymous, tokens.unsigned(coordinatorId, List.of("COORDINATOR"))),
                TestTokens.as(anonymous, "not.a.token"));

        for (TestRestTemplate stranger : strangers) {
            var response = stranger.postForEntity("/api/calls",
                    CallDrafts.draft("Intrus", Instant.now().plus(9, ChronoUnit.DAYS), "MES"), JsonNode.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(jdbc.queryForObject("select count(*) from calls", Integer.class)).isEqualTo(callsBefore);
    }

    @Test
    void everyEndpointOfTheApiSaysWhoMayCallIt() {
        assertThat(AccessRules.apiEndpointsWithoutRule(mappings)).isEmpty();
    }

    private ResponseEntity<JsonNode> put(UUID callId, Map<String, Object> draft) {
        return http.exchange("/api/calls/{callId}", HttpMethod.PUT, new HttpEntity<>(draft), JsonNode.class, callId);
    }

    private UUID createCall(Instant deadline) {
        var created = http.postForEntity("/api/calls",
                CallDrafts.draft("AMI PTCE 2027", deadline, "RTES", "MES", "OPALE"), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(created.getBody().get("id").asText());
    }
}
