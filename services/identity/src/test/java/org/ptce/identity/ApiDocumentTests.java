package org.ptce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's OpenAPI document describes its API (people, a person's own data) as the other services' do: statuses,
 * problems, roles; not the provider's pages nor its OpenID Connect endpoints.
 */
@IdentityServiceTest
class ApiDocumentTests {

    JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(IdentityServiceTest.ISSUER + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        document = new ObjectMapper().readTree(answer.body());
    }

    @Test
    void itDescribesTheApiNotThePagesNorTheProviderEndpoints() {
        assertThat(document.get("paths").fieldNames()).toIterable().contains("/api/people", "/api/me/export")
                .allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void anInvitationAnswers201WithWhereThePersonIsRead() {
        JsonNode responses = document.at("/paths/~1api~1people~1invitations/post/responses");

        assertThat(responses.fieldNames()).toIterable().contains("201", "400", "401", "403", "409", "500", "503")
                .doesNotContain("200");
        assertThat(responses.at("/201/headers/Location").isMissingNode()).isFalse();
        assertThat(responses.at("/409/description").asText()).contains("has an account already");
        assertThat(document.at("/paths/~1api~1people~1invitations/post/x-roles/0").asText()).isEqualTo("COORDINATOR");
    }

    @Test
    void readingAPersonCannotConflict() {
        JsonNode responses = document.at("/paths/~1api~1people~1{personId}/get/responses");

        assertThat(responses.fieldNames()).toIterable().contains("200", "404").doesNotContain("409");
        assertThat(responses.at("/404/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }
}
