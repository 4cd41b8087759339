package org.ptce.web.desk;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.ptce.web.desk.DeskFixtures.CALL;
import static org.ptce.web.desk.DeskFixtures.VAL;
import static org.ptce.web.desk.DeskFixtures.call;
import static org.ptce.web.desk.DeskFixtures.coordinator;
import static org.ptce.web.desk.DeskFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Documents;
import org.ptce.web.api.EligibilityCheck;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.Person;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(DossierController.class)
class DossierControllerTests {

    private static final UUID DOCUMENT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;
    @MockitoBean
    private WorkflowApi workflow;
    @MockitoBean
    private IdentityApi identity;

    @Test
    void theCoordinatorReadsTheDossierItsEligibilityAndItsDocuments() throws Exception {
        submittedDossier();

        mvc.perform(get("/coordination/candidatures/{id}", VAL).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>PTCE du Val</h1>")))
                .andExpect(content().string(containsString("Coop du Val (Entreprise de l&#39;ESS), SIRET "
                        + "49154144683255")))
                .andExpect(content().string(containsString("<span class=\"mark\">Non rempli</span>")))
                .andExpect(content().string(containsString("href=\"/coordination/candidatures/" + VAL + "/documents/"
                        + DOCUMENT + "\">statuts.pdf</a>")))
                .andExpect(content().string(containsString("Son processus n'a pas encore démarré")));
    }

    @Test
    void theCandidacysPageSaysWhereItStandsWhatCanBeDoneNowAndItsTimelineWithWhoAndWhen() throws Exception {
        submittedDossier();
        UUID holder = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
        UUID gone = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
        given(workflow.candidacyTrack(VAL)).willReturn(Optional.of(new WorkflowApi.CandidacyTrack(VAL,
                Instant.parse("2027-02-10T09:00:01Z"), null,
                List.of(new WorkflowApi.WaitingStep("CheckAdmissibility", "Vérifier la recevabilité",
                        Instant.parse("2027-02-10T09:00:02Z"), "coordinateurs")),
                List.of(new WorkflowApi.TimelineStep("CandidacySubmitted", "RECEIVED", holder.toString(),
                                Instant.parse("2027-02-10T09:00:00Z")),
                        new WorkflowApi.TimelineStep("CompletionRequested", "SENT", gone.toString(),
                                Instant.parse("2027-02-11T09:00:00Z")),
                        new WorkflowApi.TimelineStep("CandidacySubmitted", "RECEIVED", holder.toString(),
                                Instant.parse("2027-02-12T09:00:00Z")),
                        new WorkflowApi.TimelineStep("SomethingNew", "SENT", "system:workflow",
                                Instant.parse("2027-02-13T09:00:00Z"))))));
        given(identity.person(holder)).willReturn(new Person(holder, "p@example.org", "Élodie Lefebvre", "HOLDER",
                null, null, "ACTIVE", Instant.parse("2027-01-01T09:00:00Z"), null));
        given(identity.person(gone)).willThrow(new ApiProblem(HttpStatus.NOT_FOUND, "Not found", null, List.of(),
                null));

        mvc.perform(get("/coordination/candidatures/{id}", VAL).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Vérifier la recevabilité</strong>")))
                .andExpect(content().string(containsString("href=\"/coordination/appels/" + CALL
                        + "/recevabilite#candidature-" + VAL + "\">Décider de sa recevabilité</a>")))
                .andExpect(content().string(containsString("<span>Candidature soumise</span>\n        (<span>Élodie "
                        + "Lefebvre</span>)")))
                .andExpect(content().string(containsString("<span>Compléments demandés au porteur</span>\n        "
                        + "(<span>une personne</span>)")))
                .andExpect(content().string(containsString("<span>SomethingNew</span>\n        (<span>la "
                        + "plateforme</span>)")));
        // One request per person who took part, not per message.
        verify(identity, times(1)).person(holder);
    }

    private void submittedDossier() {
        given(applications.candidacy(VAL)).willReturn(new Candidacy(VAL, CALL, "holder-1", "PTCE du Val", "SCIC SAS",
                true, false, new Candidacy.Territory(List.of("45284"), null, "45", null),
                List.of(new Candidacy.Member("Coop du Val", "ESS_ENTERPRISE", "49154144683255")),
                List.of("réemploi"), "Coopérer.", "Des emplois.", null, null, "SUBMITTED",
                Instant.parse("2027-02-01T09:00:00Z"), Instant.parse("2027-02-10T09:00:00Z"),
                Instant.parse("2027-02-10T09:00:00Z"), null, null, null, null, null, null, null, null));
        given(applications.call(CALL)).willReturn(call());
        given(applications.eligibility(VAL)).willReturn(List.of(new EligibilityCheck("AT_LEAST_THREE_MEMBERS",
                "Le PTCE regroupe au moins trois personnes morales.", false)));
        given(applications.documents(VAL)).willReturn(new Documents(List.of(new Documents.Document(DOCUMENT,
                "Statuts", "statuts.pdf", "application/pdf", 250_000, Instant.parse("2027-02-05T09:00:00Z"))),
                List.of()));
    }

    @Test
    void aDocumentIsDownloadedAsAPdf() throws Exception {
        given(applications.download(VAL, DOCUMENT)).willReturn(new Documents.Download("statuts.pdf",
                "%PDF-1.7".getBytes()));

        mvc.perform(get("/coordination/candidatures/{id}/documents/{doc}", VAL, DOCUMENT).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("statuts.pdf")));
    }

    @Test
    void aHolderOrAReviewerGetsNoCoordinatorsDossierPage() throws Exception {
        for (String role : List.of("HOLDER", "REVIEWER")) {
            mvc.perform(get("/coordination/candidatures/{id}", VAL).with(signedIn(role, "Quelqu'un")))
                    .andExpect(status().isForbidden());
        }
    }
}
