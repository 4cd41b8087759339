package org.ptce.web.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** The publication service's API: the public calls and results, open data, and a holder's notifications. */
public class PublicationApi {

    private final RestClient http;

    PublicationApi(RestClient http) {
        this.http = http;
    }

    public List<PublicCall> calls() {
        return http.get().uri("/api/public/calls").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    public PublicCall call(UUID callId) {
        return http.get().uri("/api/public/calls/{id}", callId).retrieve().body(PublicCall.class);
    }

    public PublicResults results(UUID callId) {
        return http.get().uri("/api/public/calls/{id}/results", callId).retrieve().body(PublicResults.class);
    }

    /** The results as an open data file: {@code csv} or {@code json}, as the publication service writes it. */
    public byte[] resultsFile(UUID callId, String format) {
        return http.get().uri("/api/public/calls/{id}/results." + format, callId).retrieve().body(byte[].class);
    }

    public List<Notification> myNotifications() {
        return http.get().uri("/api/notifications").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    /** The same, as the service writes them: for the holder's copy of their data. */
    public JsonNode myNotificationsAsWritten() {
        return http.get().uri("/api/notifications").retrieve().body(JsonNode.class);
    }
}
