package org.ptce.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.ptce.web.export.ExportFixtures.CALL;
import static org.ptce.web.export.ExportFixtures.call;
import static org.ptce.web.export.ExportFixtures.coordinator;
import static org.ptce.web.export.ExportFixtures.evaluations;
import static org.ptce.web.export.ExportFixtures.laureate;
import static org.ptce.web.export.ExportFixtures.page;
import static org.ptce.web.export.ExportFixtures.pendingEvaluation;
import static org.ptce.web.export.ExportFixtures.signedIn;
import static org.ptce.web.export.ExportFixtures.submitted;
import static org.ptce.web.export.ExportFixtures.submittedEvaluation;
import static org.ptce.web.export.ExportFixtures.tally;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(ExportController.class)
class ExportControllerTests {

    private static final String EXPORT = "/coordination/appels/" + CALL + "/export/";
    private static final UUID VAL = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID MORLAIX = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    private static final UUID AQUITAINE = UUID.fromString("00000000-0000-0000-0000-0000000000d3");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private ReviewDeskApi review;

    @BeforeEach
    void services() {
        given(applications.call(CALL)).willReturn(call());
        given(applications.candidaciesOfCall(CALL, 0, CandidacyExport.PAGE_SIZE)).willReturn(page(0, 3, List.of(
                laureate(VAL, "PTCE du Val"),
                submitted(MORLAIX, "PTCE \"Pays\" de Morlaix; Finistère", "=HYPERLINK(\"http://exemple.test\")\n"
                        + "puis la suite"),
                submitted(AQUITAINE, "@SOMME(A1:A9)", "- réemployer\r\n- former"))));
        given(review.tallies(eq(CALL), anyList())).willReturn(List.of(tally(VAL, "PTCE du Val")));
        given(review.evaluationsOfCall(CALL, 0, EvaluationExport.PAGE_SIZE)).willReturn(evaluations(0, 2, List.of(
                submittedEvaluation(AQUITAINE, "RTES", "Léa Dumas", "Bien ancré; à suivre"),
                pendingEvaluation(AQUITAINE, "MES"))));
    }

    @Test
    void theCandidaciesComeAsCsvThatFrenchExcelOpensEachWithItsDossierTallyAndOutcome() throws Exception {
        byte[] file = mvc.perform(get(EXPORT + "candidatures.csv").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"candidatures-ami-ptce-2027-economie-circulaire.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(file, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).endsWith("\r\n");
        List<String> lines = List.of(csv.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("Identifiant de la candidature;PTCE;Forme juridique;"
                + "Personne morale de droit privé;Déjà soutenu par l'État;Communes (codes INSEE);EPCI (SIREN);"
                + "Département;Région;Nombre de membres;Membres (nature, SIRET);Thèmes;Stratégie de coopération;"
                + "Objectifs;Indicateurs;Budget (euros);Déposée le;Statut;Recevabilité;Compléments demandés;"
                + "Motivation de la recevabilité;Recevabilité décidée le;Total pondéré;Seuils atteints;"
                + "Moyenne : Ancrage territorial;Moyenne : Coopération entre les membres;Votes RTES;Votes MES;"
                + "Issue;Motivation de l'issue;Issue décidée le");
        assertThat(lines.get(1)).isEqualTo(VAL + ";PTCE du Val;SCIC;Oui;Non;64102, 64024;246400337;64;75;3;"
                + "\"Coopérative Txirrina (Entreprise de l'ESS, SIRET 73282932000074) ; Menuiserie Etxeberria "
                + "(Entreprise hors ESS, SIRET 44306184100047) ; Communauté d'agglomération (Collectivité "
                + "territoriale)\";économie circulaire, monnaie locale;Mutualiser achats et savoir-faire;"
                + "Créer 30 emplois en trois ans;Emplois créés;450000,00;10/02/2027 10:30;Lauréate;Recevable;;;"
                + "16/02/2027 09:00;3,333;Oui;3,000;4,000;Favorable;Réservé;Lauréate;"
                + "Un projet solide et bien ancré.;20/04/2027 14:30");
        assertThat(lines.get(2)).as("quoted as RFC 4180 says, the formula kept as text")
                .startsWith(MORLAIX + ";\"PTCE \"\"Pays\"\" de Morlaix; Finistère\";;Non;;;;;;0;;;;"
                        + "\"'=HYPERLINK(\"\"http://exemple.test\"\")\npuis la suite\";;;10/02/2027 10:31;"
                        + "Soumise, recevabilité en cours d'examen;À vérifier;;;;;;;;;;;;");
        assertThat(lines.get(3)).startsWith(AQUITAINE + ";'@SOMME(A1:A9);")
                .contains(";\"'- réemployer\r\n- former\";");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .hasSize(31));
    }

    @Test
    void theEvaluationsComeAsCsvOneRowEachWithTheReviewerTheScoresAndTheVote() throws Exception {
        String csv = mvc.perform(get(EXPORT + "evaluations.csv").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"evaluations-ami-ptce-2027-economie-circulaire.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF"
                + "Identifiant de la candidature;PTCE;Réseau;Évaluateur·rice;Identifiant de l'évaluateur·rice;"
                + "Statut de l'évaluation;Affectée le;Note : Ancrage territorial;"
                + "Note : Coopération entre les membres;Total pondéré;Seuils atteints;Vote;Commentaire;"
                + "Soumise le\r\n"
                + AQUITAINE + ";PTCE Sud Aquitaine;RTES;Léa Dumas;reviewer-RTES;Soumise;20/02/2027 09:00;4;3;3,667;"
                + "Oui;Favorable;\"Bien ancré; à suivre\";20/03/2027 11:00\r\n"
                + AQUITAINE + ";PTCE Sud Aquitaine;MES;reviewer-MES;reviewer-MES;Impartialité à déclarer;"
                + "20/02/2027 09:00;;;;;;;\r\n");
    }

    @Test
    void theCandidaciesComeAsAnXlsxWorkbookWithNumbersAndDatesAsSuchAndFormulasKeptAsText() throws Exception {
        byte[] file = mvc.perform(get(EXPORT + "candidatures.xlsx").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"candidatures-ami-ptce-2027-economie-circulaire.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("Candidatures");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("PTCE");
            assertThat(header.getCell(30).getStringCellValue()).isEqualTo("Issue décidée le");
            XSSFRow val = sheet.getRow(1);
            assertThat(val.getCell(0).getStringCellValue()).isEqualTo(VAL.toString());
            assertThat(val.getCell(9).getNumericCellValue()).isEqualTo(3);
            assertThat(val.getCell(15).getNumericCellValue()).isEqualTo(450_000);
            assertThat(DateUtil.isCellDateFormatted(val.getCell(16))).isTrue();
            assertThat(val.getCell(16).getLocalDateTimeCellValue()).as("Paris time")
                    .isEqualTo(LocalDateTime.parse("2027-02-10T10:30:00"));
            assertThat(val.getCell(22).getNumericCellValue()).isEqualTo(3.333);
            assertThat(val.getCell(23).getStringCellValue()).isEqualTo("Oui");
            assertThat(val.getCell(26).getStringCellValue()).isEqualTo("Favorable");
            assertThat(val.getCell(28).getStringCellValue()).isEqualTo("Lauréate");
            var formula = sheet.getRow(2).getCell(13);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(22)).as("no tally yet").isNull();
        }
    }

    @Test
    void theEvaluationsComeAsAnXlsxWorkbook() throws Exception {
        byte[] file = mvc.perform(get(EXPORT + "evaluations.xlsx").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("Évaluations");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Léa Dumas");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("Favorable");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Impartialité à déclarer");
            assertThat(sheet.getRow(2).getCell(7)).isNull();
        }
    }

    @Test
    void theCandidaciesAreReadAPageAtATimeEachWithOneRequestForItsTallies() throws Exception {
        given(applications.candidaciesOfCall(CALL, 0, 500)).willReturn(page(0, 1003, candidacies(0, 500)));
        given(applications.candidaciesOfCall(CALL, 1, 500)).willReturn(page(1, 1003, candidacies(500, 500)));
        given(applications.candidaciesOfCall(CALL, 2, 500)).willReturn(page(2, 1003, candidacies(1000, 3)));

        String csv = mvc.perform(get(EXPORT + "candidatures.csv").with(coordinator()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.split("\r\n")).hasSize(1 + 1003);
        var order = inOrder(applications, review);
        order.verify(applications).candidaciesOfCall(CALL, 0, 500);
        order.verify(review).tallies(CALL, ids(0, 500));
        order.verify(applications).candidaciesOfCall(CALL, 1, 500);
        order.verify(review).tallies(CALL, ids(500, 500));
        order.verify(applications).candidaciesOfCall(CALL, 2, 500);
        order.verify(review).tallies(CALL, ids(1000, 3));
        verify(applications, never()).candidaciesOfCall(CALL, 3, 500);
    }

    @Test
    void theEvaluationsAreReadAPageAtATime() throws Exception {
        var first = new ArrayList<ReviewDeskApi.CallEvaluation>();
        IntStream.range(0, 500).forEach(i -> first.add(pendingEvaluation(AQUITAINE, "MES")));
        given(review.evaluationsOfCall(CALL, 0, 500)).willReturn(evaluations(0, 501, first));
        given(review.evaluationsOfCall(CALL, 1, 500)).willReturn(evaluations(1, 501,
                List.of(submittedEvaluation(VAL, "RTES", "Léa Dumas", "Dernière"))));

        String csv = mvc.perform(get(EXPORT + "evaluations.csv").with(coordinator()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.split("\r\n")).hasSize(1 + 501);
        assertThat(csv).endsWith(";Dernière;20/03/2027 11:00\r\n");
        var order = inOrder(review);
        order.verify(review).evaluationsOfCall(CALL, 0, 500);
        order.verify(review).evaluationsOfCall(CALL, 1, 500);
        verify(review, never()).evaluationsOfCall(CALL, 2, 500);
    }

    @Test
    void onlyCoordinatorsExportACall() throws Exception {
        for (String file : List.of("candidatures.csv", "candidatures.xlsx", "evaluations.csv", "evaluations.xlsx")) {
            for (String role : List.of("HOLDER", "REVIEWER", "NETWORK_DELEGATE")) {
                mvc.perform(get(EXPORT + file).with(signedIn(role))).andExpect(status().isForbidden());
            }
            mvc.perform(get(EXPORT + file)).andExpect(status().is3xxRedirection());
        }
        verifyNoInteractions(applications, review);
    }

    @Test
    void aRefusalBeforeTheFileBeginsIsAPage() throws Exception {
        given(applications.candidaciesOfCall(CALL, 0, 500)).willThrow(new ApiProblem(HttpStatus.FORBIDDEN,
                "Forbidden", null, List.of(), null));
        given(applications.call(UUID.fromString("00000000-0000-0000-0000-00000000dead"))).willThrow(
                new ApiProblem(HttpStatus.NOT_FOUND, "Not found", null, List.of(), null));

        mvc.perform(get(EXPORT + "candidatures.xlsx").with(coordinator()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        mvc.perform(get("/coordination/appels/00000000-0000-0000-0000-00000000dead/export/evaluations.csv")
                        .with(coordinator()))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void aServiceFailingOnceTheFileHasBegunLeavesItUnfinished() {
        given(applications.candidaciesOfCall(CALL, 0, 500)).willReturn(page(0, 700, candidacies(0, 500)));
        given(applications.candidaciesOfCall(eq(CALL), eq(1), anyInt())).willThrow(new ApiProblem(
                HttpStatus.BAD_GATEWAY, "Unavailable", null, List.of(), null));

        Throwable thrown = catchThrowable(() -> mvc.perform(get(EXPORT + "candidatures.csv").with(coordinator())));

        var causes = new ArrayList<Throwable>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            causes.add(t);
        }
        assertThat(causes).as("left to the server").hasAtLeastOneElementOfType(ExportInterruptedException.class)
                .noneMatch(ApiProblem.class::isInstance);
    }

    @Test
    void theFileIsNamedAfterTheCallInPlainLetters() {
        assertThat(ExportController.fileName("evaluations", call(), ExportFormat.XLSX))
                .isEqualTo("evaluations-ami-ptce-2027-economie-circulaire.xlsx");
        var untitled = new Call(CALL, "« »", null, null, null, null, null, null, null, "OPEN", null);
        assertThat(ExportController.fileName("candidatures", untitled, ExportFormat.CSV))
                .isEqualTo("candidatures-" + CALL + ".csv");
    }

    private static List<Candidacy> candidacies(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> submitted(id(i), "PTCE n° " + i, null)).toList();
    }

    private static List<UUID> ids(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(ExportControllerTests::id).toList();
    }

    private static UUID id(int i) {
        return new UUID(0xC0FFEEL, i);
    }
}
