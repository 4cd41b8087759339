package org.ptce.publication.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ResultsCsvTests {

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        var results = new PublicResults(UUID.randomUUID(), Instant.now(), List.of(
                new PublicResults.SelectedPtce(Outcome.LAUREATE, 1, "=HYPERLINK(\"http://x\")", List.of("58086"),
                        "58", "27", List.of("+bois", "réemploi"))), List.of());

        String csv = new String(ResultsCsv.of(results), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(csv).contains(",'+bois|réemploi\r\n");
    }

    @Test
    void anOrdinaryNameIsWrittenAsTyped() {
        assertThat(ResultsCsv.asText("PTCE Sud Aquitaine")).isEqualTo("PTCE Sud Aquitaine");
        assertThat(ResultsCsv.asText("Pôle 3-4")).isEqualTo("Pôle 3-4");
    }
}
