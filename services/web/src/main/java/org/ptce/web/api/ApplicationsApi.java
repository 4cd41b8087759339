package org.ptce.web.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The applications service's API: calls, candidacies and their documents, on behalf of the signed-in person. */
public class ApplicationsApi {

    private final RestClient http;

    ApplicationsApi(RestClient http) {
        this.http = http;
    }

    public List<Call> calls() {
        return http.get().uri("/api/calls").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    public Call call(UUID callId) {
        return http.get().uri("/api/calls/{id}", callId).retrieve().body(Call.class);
    }

    public List<Candidacy> myCandidacies() {
        return http.get().uri("/api/candidacies").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    /** The holder's candidacies as the service writes them, every field kept: for the holder's copy of their data. */
    public JsonNode myCandidaciesAsWritten() {
        return http.get().uri("/api/candidacies").retrieve().body(JsonNode.class);
    }

    public Candidacy candidacy(UUID candidacyId) {
        return http.get().uri("/api/candidacies/{id}", candidacyId).retrieve().body(Candidacy.class);
    }

    public Candidacy draft(UUID callId, CandidacyContent content) {
        return http.post().uri("/api/calls/{id}/candidacies", callId).contentType(MediaType.APPLICATION_JSON)
                .body(content).retrieve().body(Candidacy.class);
    }

    public Candidacy edit(UUID candidacyId, CandidacyContent content) {
        return http.put().uri("/api/candidacies/{id}", candidacyId).contentType(MediaType.APPLICATION_JSON)
                .body(content).retrieve().body(Candidacy.class);
    }

    public List<EligibilityCheck> eligibility(UUID candidacyId) {
        return http.get().uri("/api/candidacies/{id}/eligibility", candidacyId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    public Candidacy submit(UUID candidacyId) {
        return http.post().uri("/api/candidacies/{id}/submit", candidacyId).retrieve().body(Candidacy.class);
    }

    public Candidacy complete(UUID candidacyId) {
        return http.post().uri("/api/candidacies/{id}/complete", candidacyId).retrieve().body(Candidacy.class);
    }

    public Candidacy withdraw(UUID candidacyId) {
        return http.post().uri("/api/candidacies/{id}/withdraw", candidacyId).retrieve().body(Candidacy.class);
    }

    public Documents documents(UUID candidacyId) {
        return http.get().uri("/api/candidacies/{id}/documents", candidacyId).retrieve().body(Documents.class);
    }

    /** Forwards the file as the holder picked it: the service judges its type and size. */
    public Documents.Document attach(UUID candidacyId, String label, String filename, String contentType,
            byte[] content) {
        String name = filename == null || filename.isBlank() ? "document" : filename;
        var fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(contentType == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(contentType));
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("label", label == null ? "" : label);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, fileHeaders));
        return http.post().uri("/api/candidacies/{id}/documents", candidacyId)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .body(Documents.Document.class);
    }

    public Documents.Download download(UUID candidacyId, UUID documentId) {
        var response = http.get().uri("/api/candidacies/{id}/documents/{documentId}", candidacyId, documentId)
                .retrieve().toEntity(byte[].class);
        return new Documents.Download(response.getHeaders().getContentDisposition().getFilename(),
                response.getBody());
    }

    public void detach(UUID candidacyId, UUID documentId) {
        http.delete().uri("/api/candidacies/{id}/documents/{documentId}", candidacyId, documentId).retrieve()
                .toBodilessEntity();
    }

    /** A page (from 0) of the call's submitted candidacies, whole, in the order of their submission (coordinators). */
    public CandidacyPage candidaciesOfCall(UUID callId, int page, int size) {
        return http.get().uri("/api/calls/{id}/candidacies?page={page}&size={size}", callId, page, size).retrieve()
                .body(CandidacyPage.class);
    }

    /** One page of a call's submitted candidacies, and how many the call has. */
    public record CandidacyPage(List<Candidacy> items, int page, int size, long totalItems) {

        public List<Candidacy> items() {
            return items == null ? List.of() : items;
        }
    }
}
