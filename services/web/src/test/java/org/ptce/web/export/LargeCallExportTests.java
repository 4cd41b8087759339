package org.ptce.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.ptce.web.export.ExportFixtures.CALL;
import static org.ptce.web.export.ExportFixtures.call;
import static org.ptce.web.export.ExportFixtures.coordinator;
import static org.ptce.web.export.ExportFixtures.laureate;
import static org.ptce.web.export.ExportFixtures.page;
import static org.ptce.web.export.ExportFixtures.tally;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A call of 6,000 candidacies, every second one with a tally, exported whole: every row is in the file, in the order
 * of submission, read from the services twelve pages of 500 at a time.
 */
@WebPageTest(ExportController.class)
class LargeCallExportTests {

    private static final int CANDIDACIES = 6_000;
    private static final int PAGES = CANDIDACIES / CandidacyExport.PAGE_SIZE;
    private static final int TOTAL_COLUMN = 22;

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private ReviewDeskApi review;

    @BeforeEach
    void aCallOfSixThousandCandidacies() {
        given(applications.call(CALL)).willReturn(call());
        given(applications.candidaciesOfCall(eq(CALL), anyInt(), eq(CandidacyExport.PAGE_SIZE))).willAnswer(asked -> {
            int number = asked.getArgument(1);
            int from = number * CandidacyExport.PAGE_SIZE;
            return page(number, CANDIDACIES, IntStream.range(from, Math.min(CANDIDACIES,
                    from + CandidacyExport.PAGE_SIZE)).mapToObj(i -> laureate(id(i), "PTCE n° " + i)).toList());
        });
        given(review.tallies(eq(CALL), anyList())).willAnswer(asked -> {
            List<UUID> ids = asked.getArgument(1);
            return ids.stream().filter(id -> id.getLeastSignificantBits() % 2 == 0)
                    .map(id -> tally(id, "PTCE")).toList();
        });
    }

    @Test
    void everyCandidacyIsARowOfTheCsvFile() throws Exception {
        String csv = mvc.perform(get("/coordination/appels/" + CALL + "/export/candidatures.csv").with(coordinator()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + CANDIDACIES);
        for (int i = 0; i < CANDIDACIES; i++) {
            assertThat(lines[1 + i]).startsWith(id(i) + ";PTCE n° " + i + ";");
        }
        assertThat(lines).filteredOn(line -> line.contains(";3,333;Oui;")).hasSize(CANDIDACIES / 2);
        verifyReadInTwelvePages();
    }

    @Test
    void everyCandidacyIsARowOfTheXlsxWorkbook() throws Exception {
        byte[] file = mvc.perform(get("/coordination/appels/" + CALL + "/export/candidatures.xlsx")
                        .with(coordinator()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<Map<Integer, String>> rows = readFirstSheet(new ByteArrayInputStream(file));
        assertThat(rows).hasSize(1 + CANDIDACIES);
        assertThat(rows.get(0).get(0)).isEqualTo("Identifiant de la candidature");
        for (int i = 0; i < CANDIDACIES; i++) {
            assertThat(rows.get(1 + i).get(0)).isEqualTo(id(i).toString());
            assertThat(rows.get(1 + i).get(1)).isEqualTo("PTCE n° " + i);
        }
        assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(TOTAL_COLUMN) != null)
                .hasSize(CANDIDACIES / 2)
                .allSatisfy(row -> assertThat(row.get(TOTAL_COLUMN).replace(',', '.')).isEqualTo("3.333"));
        verifyReadInTwelvePages();
    }

    private void verifyReadInTwelvePages() {
        for (int number = 0; number < PAGES; number++) {
            verify(applications).candidaciesOfCall(CALL, number, CandidacyExport.PAGE_SIZE);
        }
        verify(applications, times(PAGES)).candidaciesOfCall(eq(CALL), anyInt(), anyInt());
        verify(review, times(PAGES)).tallies(eq(CALL), anyList());
    }

    /** The first sheet's cells by row and column, read as a stream of XML events: POI's reader for large sheets. */
    private static List<Map<Integer, String>> readFirstSheet(InputStream file) throws Exception {
        var rows = new ArrayList<Map<Integer, String>>();
        try (OPCPackage workbook = OPCPackage.open(file)) {
            var reader = new XSSFReader(workbook);
            var cells = new XSSFSheetXMLHandler.SheetContentsHandler() {
                private Map<Integer, String> row;

                @Override
                public void startRow(int rowNum) {
                    row = new HashMap<>();
                }

                @Override
                public void endRow(int rowNum) {
                    rows.add(row);
                }

                @Override
                public void cell(String reference, String formattedValue, XSSFComment comment) {
                    row.put((int) new CellReference(reference).getCol(), formattedValue);
                }
            };
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), cells, false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        return rows;
    }

    private static UUID id(int i) {
        return new UUID(0xC0FFEEL, i);
    }
}
