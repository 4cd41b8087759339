package org.ptce.publication.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacyDossier;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A call's published results are open data: files anyone downloads (CSV with a header row, JSON), and the public call
 * tells when they were published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class ResultsOpenDataTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final String TRICKY_NAME = "Pôle \"Bois, Forêt\" du Morvan";

    @Autowired
    TestRestTemplate anonymous;

    KafkaTestClient kafka;
    CallOpened call;
    UUID callId;
    CandidacySubmitted first;
    CandidacySubmitted second;
    CandidacySubmitted reserve;
    CandidacySubmitted notSelected;

    @BeforeEach
    void anOpenedCallWithFourCandidacies() {
        kafka = KafkaTestClient.reading();
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        callId = call.callId();
        kafka.publish(call);
        first = candidacy(TRICKY_NAME, List.of("58086", "58194"), List.of("bois, forêt", "réemploi"));
        second = ApplicationsMessages.candidacySubmitted(callId);
        reserve = candidacy("Coop des Monts", List.of("63113"), List.of("alimentation"));
        notSelected = candidacy("PTCE non retenu", List.of("45284"), List.of("mobilité"));
        // The notSelected first: the rows must come out in rank order, not in the order they were known.
        for (CandidacySubmitted submitted : List.of(notSelected, reserve, second, first)) {
            kafka.publish(submitted);
        }
        kafka.awaitConsumed("publication", ApplicationsTopics.CALLS, CONSUMED);
        kafka.awaitConsumed("publication", ApplicationsTopics.CANDIDACIES, CONSUMED);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void theCsvFileHasAFrenchHeaderThenTheLaureatesThenTheReserveInRankOrder() throws IOException {
        publishResults();

        var response = anonymous.getForEntity("/api/public/calls/{callId}/results.csv", byte[].class, callId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(response.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("resultats-" + callId + ".csv");
        String csv = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("liste,rang,nom_ptce,communes,departement,region,thematiques\r\n");

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).extracting(row -> row.get("liste") + " " + row.get("rang") + " " + row.get("nom_ptce"))
                .containsExactly("laureat 1 " + TRICKY_NAME, "laureat 2 PTCE du Val", "reserve 1 Coop des Monts");
        assertThat(rows.get(0).get("communes")).isEqualTo("58086|58194");
        assertThat(rows.get(0).get("thematiques")).isEqualTo("bois, forêt|réemploi");
        assertThat(rows.get(1).get("departement")).isEqualTo("45");
        assertThat(rows.get(1).get("region")).isEqualTo("24");
    }

    @Test
    void aValueWithACommaOrAQuoteIsQuotedInTheCsvFile() {
        publishResults();

        String csv = new String(anonymous.getForEntity("/api/public/calls/{callId}/results.csv", byte[].class,
                callId).getBody(), StandardCharsets.UTF_8);

        // RFC 4180: the field between quotes, each quote inside it doubled.
        assertThat(csv).contains("laureat,1,\"Pôle \"\"Bois, Forêt\"\" du Morvan\",58086|58194,45,24,"
                + "\"bois, forêt|réemploi\"\r\n");
        assertThat(csv).contains("laureat,2,PTCE du Val,45284,45,24,réemploi\r\n");
    }

    @Test
    void theJsonFileIsTheResultsToDownload() {
        publishResults();

        var file = anonymous.getForEntity("/api/public/calls/{callId}/results.json", JsonNode.class, callId);
        var results = anonymous.getForEntity("/api/public/calls/{callId}/results", JsonNode.class, callId);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(file.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("resultats-" + callId + ".json");
        assertThat(file.getBody()).isEqualTo(results.getBody());
        assertThat(file.getBody().at("/laureates/0/ptceName").asText()).isEqualTo(TRICKY_NAME);
        assertThat(file.getBody().at("/reserve/0/ptceName").asText()).isEqualTo("Coop des Monts");
    }

    @Test
    void theFilesOfACallWithoutPublishedResultsAreNotFound() {
        for (UUID unpublished : List.of(callId, UUID.randomUUID())) {
            for (String file : List.of("results.csv", "results.json")) {
                // As a browser or a script asks for the file: the answer is a problem all the same.
                for (String accept : List.of("text/csv", "application/json", "*/*")) {
                    var response = get("/api/public/calls/" + unpublished + "/" + file, accept);

                    assertThat(response.getStatusCode()).as("%s of %s, accepting %s", file, unpublished, accept)
                            .isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(response.getHeaders().getContentType()).as("%s, accepting %s", file, accept)
                            .hasToString("application/problem+json");
                    assertThat(response.getHeaders().getContentDisposition().isAttachment()).isFalse();
                }
            }
        }
    }

    @Test
    void aCallTellsWhenItsResultsWerePublished() {
        JsonNode before = await().atMost(CONSUMED).until(() -> publicCall(), found -> found != null);
        assertThat(before.hasNonNull("resultsPublishedAt")).isFalse();

        publishResults();

        String publishedAt = anonymous.getForEntity("/api/public/calls/{callId}/results", JsonNode.class, callId)
                .getBody().get("publishedAt").asText();
        JsonNode after = anonymous.getForEntity("/api/public/calls/{callId}", JsonNode.class, callId).getBody();
        assertThat(Instant.parse(after.get("resultsPublishedAt").asText())).isEqualTo(Instant.parse(publishedAt));
        assertThat(Instant.parse(publicCall().get("resultsPublishedAt").asText()))
                .as("in the list as well").isEqualTo(Instant.parse(publishedAt));
    }

    private void publishResults() {
        kafka.publish(new ResultsDecided(callId, 1, new RankedList(
                List.of(new RankedList.Entry(first.candidacyId(), "Une coopération exemplaire"),
                        new RankedList.Entry(second.candidacyId(), "Un ancrage solide")),
                List.of(new RankedList.Entry(reserve.candidacyId(), "Un pôle prometteur")),
                List.of(new RankedList.Entry(notSelected.candidacyId(), "Un projet encore fragile"))),
                Instant.now()));
        kafka.awaitConsumed("publication", WorkflowTopics.CALLS, CONSUMED);
        await().atMost(CONSUMED).until(() -> anonymous.getForEntity("/api/public/calls/{callId}/results",
                JsonNode.class, callId).getStatusCode(), HttpStatus.OK::equals);
    }

    /** The call as the public list shows it, or null while it is not in the list. */
    private JsonNode publicCall() {
        for (JsonNode listed : anonymous.getForEntity("/api/public/calls", JsonNode.class).getBody()) {
            if (callId.toString().equals(listed.get("callId").asText())) {
                return listed;
            }
        }
        return null;
    }

    private ResponseEntity<String> get(String path, String accept) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return anonymous.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private CandidacySubmitted candidacy(String ptceName, List<String> communes, List<String> themes) {
        CandidacyDossier eligible = ApplicationsMessages.eligibleDossier();
        var dossier = new CandidacyDossier(ptceName, eligible.legalForm(), eligible.privateLawEntity(),
                eligible.alreadySupportedByState(), eligible.members(), communes, eligible.epci(),
                eligible.departement(), eligible.region(), themes, eligible.budgetEuros(),
                eligible.projectDescribed());
        return new CandidacySubmitted(UUID.randomUUID(), callId, UUID.randomUUID().toString(), dossier,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
