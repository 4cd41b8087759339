package org.ptce.web.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** The review service's API, as the reviewers' pages read it. */
public class ReviewApi {

    private final RestClient http;

    ReviewApi(RestClient http) {
        this.http = http;
    }

    /** The candidacies assigned to the signed-in reviewer, oldest assignment first. */
    public List<Assignment> myAssignments() {
        return http.get().uri("/api/review/assignments").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    /** The same, as the service writes them: for the reviewer's copy of their data. */
    public JsonNode myAssignmentsAsWritten() {
        return http.get().uri("/api/review/assignments").retrieve().body(JsonNode.class);
    }
}
