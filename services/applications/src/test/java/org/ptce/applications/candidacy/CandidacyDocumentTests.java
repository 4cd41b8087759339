package org.ptce.applications.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.call.CallDrafts;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** A holder attaches PDF documents to their candidacy while it may be written; nothing else is taken. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CandidacyDocumentTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;

    final String holderId = UUID.randomUUID().toString();
    TestRestTemplate holder;
    UUID candidacyId;

    @BeforeEach
    void draftACandidacy() {
        holder = TestTokens.as(anonymous, TestTokens.holder(holderId));
        var coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        // The fixtures' call asks for "Statuts" and "Budget prévisionnel".
        UUID callId = UUID.fromString(coordinator.postForEntity("/api/calls",
                CallDrafts.draft("AMI PTCE", Instant.now().plus(20, ChronoUnit.DAYS), "RTES"), JsonNode.class)
                .getBody().get("id").asText());
        coordinator.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);
        candidacyId = UUID.fromString(holder.postForEntity("/api/calls/{callId}/candidacies",
                CandidacyTests.complete(), JsonNode.class, callId).getBody().get("id").asText());
    }

    @Test
    void aHolderAttachesAPdfAndSeesWhatTheCallStillAsksFor() {
        var attached = attach(holder, "Statuts", "../../statuts signés.pdf", MediaType.APPLICATION_PDF, PDF);

        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(attached.getBody().get("filename").asText()).isEqualTo("statuts signés.pdf");
        assertThat(attached.getBody().get("sizeBytes").asLong()).isEqualTo(PDF.length);
        var listed = holder.getForEntity("/api/candidacies/{id}/documents", JsonNode.class, candidacyId).getBody();
        assertThat(listed.get("documents").findValuesAsText("label")).containsExactly("Statuts");
        assertThat(listed.get("missingRequiredDocuments")).extracting(JsonNode::asText)
                .containsExactly("Budget prévisionnel");
        assertThat(attached.getHeaders().getLocation()).hasPath(
                "/api/candidacies/" + candidacyId + "/documents/" + attached.getBody().get("id").asText());
        var downloaded = holder.getForEntity(attached.getHeaders().getLocation(), byte[].class);
        assertThat(downloaded.getBody()).isEqualTo(PDF);
        assertThat(downloaded.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(downloaded.getHeaders().getContentDisposition().isAttachment()).isTrue();
    }

    @Test
    void anythingButAPdfIsRefusedByItsFieldAndNothingIsStored() {
        var text = attach(holder, "Statuts", "statuts.txt", MediaType.TEXT_PLAIN, "Statuts".getBytes());
        var disguised = attach(holder, "Statuts", "statuts.pdf", MediaType.APPLICATION_PDF,
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        var empty = attach(holder, "Statuts", "vide.pdf", MediaType.APPLICATION_PDF, new byte[0]);
        var unnamed = attach(holder, " ", "statuts.pdf", MediaType.APPLICATION_PDF, PDF);
        byte[] huge = Arrays.copyOf(PDF, 11 * 1024 * 1024);
        var tooLarge = attach(holder, "Budget prévisionnel", "budget.pdf", MediaType.APPLICATION_PDF, huge);
        var noFile = holder.exchange("/api/candidacies/{id}/documents", HttpMethod.POST, multipart("Statuts", null),
                JsonNode.class, candidacyId);

        for (ResponseEntity<JsonNode> refused : List.of(text, disguised, empty)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        }
        assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unnamed.getBody().at("/errors/0/field").asText()).isEqualTo("label");
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noFile.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(jdbc.queryForObject("select count(*) from candidacy_documents where candidacy_id = ?",
                Integer.class, candidacyId)).isZero();
    }

    @Test
    void aMalformedUploadIsRefusedAndADotFileNameMadeHarmless() {
        var nulLabel = attach(holder, "Statuts\u0000", "statuts.pdf", MediaType.APPLICATION_PDF, PDF);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=cut"));
        byte[] truncated = ("--cut\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nStatuts\r\n--cut\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"statuts.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n1 0 obj").getBytes(StandardCharsets.US_ASCII);
        var cutShort = holder.exchange("/api/candidacies/{id}/documents", HttpMethod.POST,
                new HttpEntity<>(truncated, headers), JsonNode.class, candidacyId);

        assertThat(nulLabel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nulLabel.getBody().at("/errors/0/field").asText()).isEqualTo("label");
        assertThat(cutShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cutShort.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(jdbc.queryForObject("select count(*) from candidacy_documents where candidacy_id = ?",
                Integer.class, candidacyId)).isZero();

        var dots = attach(holder, "Statuts", "..", MediaType.APPLICATION_PDF, PDF);
        var hidden = attach(holder, "Budget prévisionnel", ".budget.pdf", MediaType.APPLICATION_PDF, PDF);

        assertThat(dots.getBody().get("filename").asText()).isEqualTo("document.pdf");
        assertThat(hidden.getBody().get("filename").asText()).isEqualTo("budget.pdf");
    }

    @Test
    void documentsAreTheCandidacysReadersOnlyAndChangeOnlyWhileItMayBeWritten() {
        String documentId = attach(holder, "Statuts", "statuts.pdf", MediaType.APPLICATION_PDF, PDF).getBody()
                .get("id").asText();
        var otherHolder = TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString()));

        assertThat(attach(otherHolder, "Statuts", "statuts.pdf", MediaType.APPLICATION_PDF, PDF).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherHolder.getForEntity("/api/candidacies/{id}/documents/{documentId}", JsonNode.class,
                candidacyId, documentId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TestTokens.as(anonymous, TestTokens.reviewer("RTES")).getForEntity(
                "/api/candidacies/{id}/documents", JsonNode.class, candidacyId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getForEntity("/api/candidacies/{id}/documents", JsonNode.class, candidacyId)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId);

        assertThat(TestTokens.as(anonymous, TestTokens.coordinator()).getForEntity(
                "/api/candidacies/{id}/documents", JsonNode.class, candidacyId).getBody().get("documents"))
                .hasSize(1);
        assertThat(attach(holder, "Budget prévisionnel", "budget.pdf", MediaType.APPLICATION_PDF, PDF)
                .getStatusCode()).as("submitted: no more changes").isEqualTo(HttpStatus.CONFLICT);
        assertThat(holder.exchange("/api/candidacies/{id}/documents/{documentId}", HttpMethod.DELETE, null,
                JsonNode.class, candidacyId, documentId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private ResponseEntity<JsonNode> attach(TestRestTemplate as, String label, String filename, MediaType type,
            byte[] content) {
        var file = new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
        var part = new HttpHeaders();
        part.setContentType(type);
        return as.exchange("/api/candidacies/{id}/documents", HttpMethod.POST,
                multipart(label, new HttpEntity<>(file, part)), JsonNode.class, candidacyId);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String label, Object file) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("label", label);
        if (file != null) {
            body.add("file", file);
        }
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}
