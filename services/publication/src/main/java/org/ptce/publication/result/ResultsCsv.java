package org.ptce.publication.result;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A call's published results as an open data file: CSV (RFC 4180, UTF-8, comma-separated, CRLF), one header row
 * with French column names, then the laureates and the reserve in rank order. A field with several values (communes,
 * themes) joins them with {@value #VALUES_SEPARATOR}, so that each PTCE stays on one row.
 */
final class ResultsCsv {

    static final String[] HEADER = {"liste", "rang", "nom_ptce", "communes", "departement", "region", "thematiques"};
    static final String VALUES_SEPARATOR = "|";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private ResultsCsv() {
    }

    static byte[] of(PublicResults results) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, FORMAT)) {
            print(csv, results.laureates());
            print(csv, results.reserve());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results of call " + results.callId() + " as CSV", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(CSVPrinter csv, List<PublicResults.SelectedPtce> ptces) throws IOException {
        for (PublicResults.SelectedPtce ptce : ptces) {
            csv.printRecord(list(ptce.list()), ptce.rank(), asText(ptce.ptceName()),
                    String.join(VALUES_SEPARATOR, ptce.communes()), ptce.departement(), ptce.region(),
                    asText(String.join(VALUES_SEPARATOR, ptce.themes())));
        }
    }

    /**
     * A name a holder typed, as text even for a spreadsheet: one that starts like a formula (=, +, -, @) gets a
     * leading apostrophe, so that opening the file runs nothing (CSV injection).
     */
    static String asText(String typed) {
        if (typed != null && !typed.isEmpty() && "=+-@\t\r".indexOf(typed.charAt(0)) >= 0) {
            return "'" + typed;
        }
        return typed;
    }

    /** The list's name as the open data reads it: lower case, without accent. */
    private static String list(Outcome list) {
        return switch (list) {
            case LAUREATE -> "laureat";
            case RESERVE -> "reserve";
            default -> throw new IllegalArgumentException(list + " is on no published list");
        };
    }
}
