package org.ptce.web.api;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The review service's network validation API, as a network delegate's pages read it: the rounds their network is
 * asked to validate, a call's rounds with every network's answers, a round's proposed list a page at a time, and the
 * network's answer. The network is the delegate's own, from their token: another network's call is not found (404).
 */
public class ValidationApi {

    /** The largest page of a proposed list the service gives. */
    public static final int MAX_PAGE_SIZE = 100;

    private final RestClient http;

    ValidationApi(RestClient http) {
        this.http = http;
    }

    /** Every round the delegate's network was asked to validate, answered or not, oldest request first. */
    public List<ValidationRound> myRounds() {
        return http.get().uri("/api/review/validations/rounds").retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** A call's rounds, each with every participating network's answer; 404 when the network takes no part. */
    public ValidationsOfCall ofCall(UUID callId) {
        return http.get().uri("/api/review/validations/{callId}", callId).retrieve().body(ValidationsOfCall.class);
    }

    /** A page (from 0) of a round's proposed list: laureates, then the reserve in its order, then the others. */
    public ProposedListPage proposedList(UUID callId, int round, int page, int size) {
        return http.get().uri("/api/review/validations/{callId}/rounds/{round}/candidacies?page={page}&size={size}",
                callId, round, page, size).retrieve().body(ProposedListPage.class);
    }

    /**
     * The network's answer to a round: approved, or rejected with a reason (the service refuses a rejection without
     * one, 422 at {@code reason}, and a second answer, 409).
     */
    public ValidationRound.Answered answer(UUID callId, int round, boolean approved, String reason) {
        var body = new HashMap<String, Object>();
        body.put("approved", approved);
        body.put("reason", reason);
        return http.post().uri("/api/review/validations/{callId}/rounds/{round}", callId, round)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(ValidationRound.Answered.class);
    }
}
