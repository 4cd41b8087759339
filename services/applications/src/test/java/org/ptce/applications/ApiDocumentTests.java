package org.ptce.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The service's OpenAPI document states what the API really does: the statuses it answers (201 with its Location,
 * 204), the problems it may answer with their RFC 9457 schema, the roles each operation needs, and the document's
 * label as a part of the upload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class ApiDocumentTests {

    @Autowired
    TestRestTemplate anonymous;

    JsonNode document;

    @BeforeEach
    void readTheDocument() {
        document = anonymous.getForObject("/v3/api-docs", JsonNode.class);
    }

    @Test
    void aCreationAnswers201WithTheLocationOfWhatItCreated() {
        JsonNode responses = document.at("/paths/~1api~1calls/post/responses");

        assertThat(responses.has("201")).isTrue();
        assertThat(responses.has("200")).isFalse();
        assertThat(responses.at("/201/headers/Location").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1api~1calls~1{callId}~1candidacies/post/responses").has("201")).isTrue();
        assertThat(document.at("/paths/~1api~1candidacies~1{candidacyId}~1documents/post/responses/201/headers")
                .has("Location")).isTrue();
    }

    @Test
    void aRemovalAnswers204() {
        JsonNode responses = document.at(
                "/paths/~1api~1candidacies~1{candidacyId}~1documents~1{documentId}/delete/responses");

        assertThat(responses.has("204")).isTrue();
        assertThat(responses.has("200")).isFalse();
    }

    @Test
    void everyOperationStatesItsProblemsWithTheProblemSchema() {
        assertThat(document.at("/components/schemas/Problem/properties").fieldNames())
                .toIterable().contains("type", "title", "status", "detail", "instance", "errors");
        document.get("paths").forEach(path -> path.forEach(operation -> {
            JsonNode badInput = operation.at("/responses/400/content/application~1problem+json/schema/$ref");
            assertThat(badInput.asText()).as(operation.path("operationId").asText())
                    .isEqualTo("#/components/schemas/Problem");
        }));
        JsonNode update = document.at("/paths/~1api~1calls~1{callId}/put/responses");
        assertThat(update.fieldNames()).toIterable().contains("400", "401", "403", "404", "409", "422", "500", "503");
        assertThat(update.at("/409/description").asText()).contains("no longer a draft");
        assertThat(update.at("/409/content").fieldNames()).toIterable().containsExactly("application/problem+json");
        assertThat(update.at("/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void onlyTheOperationsThatCanConflictState409() {
        assertThat(document.at("/paths/~1api~1calls/post/responses").has("409")).isFalse();
        assertThat(document.at("/paths/~1api~1candidacies~1{candidacyId}~1withdraw/post/responses").has("409"))
                .isTrue();
    }

    @Test
    void everyOperationMayAnswer503WithRetryAfterWhenTheDatabaseIsOutOfReach() {
        document.get("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operation.at("/responses/503/headers/Retry-After").isMissingNode())
                    .as(operation.path("operationId").asText()).isFalse();
            assertThat(operation.at("/responses/500/content/application~1problem+json").isMissingNode()).isFalse();
        }));
        assertThat(document.at("/components/schemas/Problem/properties/incident/description").asText())
                .contains("500 or a 503");
    }

    @Test
    void eachOperationNamesTheRolesItNeeds() {
        assertThat(document.at("/paths/~1api~1calls/post/x-roles/0").asText()).isEqualTo("COORDINATOR");
        assertThat(document.at("/paths/~1api~1calls/post/description").asText())
                .contains("Needs the role COORDINATOR");
        assertThat(document.at("/paths/~1api~1calls~1{callId}/get/description").asText())
                .contains("Any signed-in person");
    }

    /** The examples are requests the service accepts; only their dates move with the clock, to stay in the future. */
    @Test
    void theExamplesAreRequestsTheServiceAccepts() {
        var example = (ObjectNode) document.at("/paths/~1api~1calls/post/requestBody/content/application~1json/example");
        example.put("submissionDeadline", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        example.put("reviewDeadline", Instant.now().plus(60, ChronoUnit.DAYS).toString());
        var coordinator = TestTokens.as(anonymous, TestTokens.coordinator());

        var created = coordinator.postForEntity("/api/calls", example, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String callId = created.getBody().get("id").asText();
        coordinator.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);
        var drafted = TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString())).postForEntity(
                "/api/calls/{callId}/candidacies", document.at(
                        "/paths/~1api~1calls~1{callId}~1candidacies/post/requestBody/content/application~1json/example"),
                JsonNode.class, callId);
        assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(drafted.getBody().get("ptceName").asText()).isEqualTo("PTCE Sud Aquitaine");
    }

    @Test
    void aDocumentsLabelIsAPartOfTheUploadNotAQueryParameter() {
        JsonNode upload = document.at("/paths/~1api~1candidacies~1{candidacyId}~1documents/post");

        assertThat(upload.path("parameters").findValuesAsText("name")).doesNotContain("label");
        assertThat(upload.at("/requestBody/content/multipart~1form-data/schema/properties").fieldNames())
                .toIterable().contains("label", "file");
    }
}
