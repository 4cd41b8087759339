package org.ptce.web.api;

import java.util.List;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The coordinators' work on calls at the applications service: every call (drafts included), preparing a draft,
 * changing it, opening it.
 */
public class CallsApi {

    private final RestClient http;

    CallsApi(RestClient http) {
        this.http = http;
    }

    /** The calls, newest first; a coordinator gets the drafts too. */
    public List<Call> calls() {
        return http.get().uri("/api/calls").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    public Call call(UUID callId) {
        return http.get().uri("/api/calls/{id}", callId).retrieve().body(Call.class);
    }

    public Call create(CallDefinition definition) {
        return http.post().uri("/api/calls").contentType(MediaType.APPLICATION_JSON).body(definition).retrieve()
                .body(Call.class);
    }

    /** Rewrites a draft as a whole; an open call is refused (409). */
    public Call update(UUID callId, CallDefinition definition) {
        return http.put().uri("/api/calls/{id}", callId).contentType(MediaType.APPLICATION_JSON).body(definition)
                .retrieve().body(Call.class);
    }

    /** Opens the draft to submissions; a call already open is refused (409). */
    public Call open(UUID callId) {
        return http.post().uri("/api/calls/{id}/open", callId).retrieve().body(Call.class);
    }
}
