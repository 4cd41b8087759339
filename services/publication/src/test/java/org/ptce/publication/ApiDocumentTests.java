package org.ptce.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The public operations (the published calls and results) are documented as such: no sign-in, no 401 nor 403. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class ApiDocumentTests {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void thePublicOperationsNeedNoSignInAndTheOthersDo() {
        JsonNode document = anonymous.getForObject("/v3/api-docs", JsonNode.class);
        JsonNode results = document.at("/paths/~1api~1public~1calls~1{callId}~1results/get");

        assertThat(results.get("security")).isEmpty();
        assertThat(results.get("responses").fieldNames()).toIterable().contains("200", "404")
                .doesNotContain("401", "403");
        assertThat(document.at("/security/0").has("platform-sign-in")).as("the others' sign-in").isTrue();
        document.get("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/public/")) {
                path.getValue().forEach(operation -> assertThat(operation.path("security").isEmpty()
                        && operation.has("security")).as(path.getKey()).isFalse());
            }
        });
    }
}
