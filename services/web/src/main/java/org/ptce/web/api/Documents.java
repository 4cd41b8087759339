package org.ptce.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidacy's documents, and the call's required documents still missing. */
public record Documents(List<Document> documents, List<String> missingRequiredDocuments) {

    public List<Document> documents() {
        return documents == null ? List.of() : documents;
    }

    public List<String> missingRequiredDocuments() {
        return missingRequiredDocuments == null ? List.of() : missingRequiredDocuments;
    }

    public record Document(UUID id, String label, String filename, String contentType, long sizeBytes,
            Instant uploadedAt) {
    }

    /** A document's content, to hand to the browser. */
    public record Download(String filename, byte[] content) {
    }
}
