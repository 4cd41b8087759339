package org.ptce.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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

        /**
         * The answer that hands the document to the browser. Every document is a PDF (the service accepts nothing
         * else), and the name is written anew, never passed on as the service sent it.
         */
        public ResponseEntity<byte[]> asPdfAttachment() {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(filename == null ? "document.pdf" : filename, StandardCharsets.UTF_8)
                            .build().toString())
                    .body(content);
        }
    }
}
