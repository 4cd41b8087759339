package org.ptce.web.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The review service's API, as the reviewers' pages read it. */
public class ReviewApi {

    private final RestClient http;

    ReviewApi(RestClient http) {
        this.http = http;
    }

    /** The candidacies assigned to the signed-in reviewer: the overdue first, the submitted last. */
    public List<Assignment> myAssignments() {
        return http.get().uri("/api/review/assignments").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    /** The same, as the service writes them: for the reviewer's copy of their data. */
    public JsonNode myAssignmentsAsWritten() {
        return http.get().uri("/api/review/assignments").retrieve().body(JsonNode.class);
    }

    /** The signed-in reviewer's assignment of the candidacy (404 when it is not, or no longer, theirs). */
    public Assignment myAssignment(UUID candidacyId) {
        return http.get().uri("/api/review/assignments/{id}", candidacyId).retrieve().body(Assignment.class);
    }

    /** The call as the committee reviews it: its grid and review deadline. */
    public CallUnderReview call(UUID callId) {
        return http.get().uri("/api/review/calls/{id}", callId).retrieve().body(CallUnderReview.class);
    }

    /** The reviewer declares they have no conflict of interest with the candidacy assigned to them. */
    public void declareImpartiality(UUID candidacyId) {
        http.post().uri("/api/review/candidacies/{id}/impartiality", candidacyId).retrieve().toBodilessEntity();
    }

    /** The reviewer declares a conflict of interest: the candidacy goes to another reviewer of their network. */
    public void declareConflict(UUID candidacyId, String reason) {
        http.post().uri("/api/review/candidacies/{id}/conflicts", candidacyId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", reason == null ? "" : reason)).retrieve().toBodilessEntity();
    }

    /** The reviewer's own evaluation (404 when nothing is written yet). */
    public Evaluation myEvaluation(UUID candidacyId) {
        return http.get().uri("/api/review/candidacies/{id}/evaluation", candidacyId).retrieve()
                .body(Evaluation.class);
    }

    public Evaluation writeEvaluation(UUID candidacyId, Evaluation.Draft draft) {
        return http.put().uri("/api/review/candidacies/{id}/evaluation", candidacyId)
                .contentType(MediaType.APPLICATION_JSON).body(draft).retrieve().body(Evaluation.class);
    }

    public Evaluation submitEvaluation(UUID candidacyId) {
        return http.post().uri("/api/review/candidacies/{id}/evaluation/submit", candidacyId).retrieve()
                .body(Evaluation.class);
    }

    /** The candidacy's submitted evaluations: refused (403) until the reviewer's own is submitted. */
    public List<Evaluation> submittedEvaluations(UUID candidacyId) {
        return http.get().uri("/api/review/candidacies/{id}/evaluations", candidacyId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }
}
