package org.ptce.web.delegate;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.delegate.DelegateFixtures.CALL;
import static org.ptce.web.delegate.DelegateFixtures.OTHER_CALL;
import static org.ptce.web.delegate.DelegateFixtures.REQUESTED;
import static org.ptce.web.delegate.DelegateFixtures.answered;
import static org.ptce.web.delegate.DelegateFixtures.awaited;
import static org.ptce.web.delegate.DelegateFixtures.awaitingRtes;
import static org.ptce.web.delegate.DelegateFixtures.call;
import static org.ptce.web.delegate.DelegateFixtures.delegate;
import static org.ptce.web.delegate.DelegateFixtures.fourCandidacies;
import static org.ptce.web.delegate.DelegateFixtures.person;
import static org.ptce.web.delegate.DelegateFixtures.round;
import static org.ptce.web.delegate.DelegateFixtures.waiting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ProposedListPage;
import org.ptce.web.api.ValidationApi;
import org.ptce.web.api.ValidationRound;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(ValidationsController.class)
@EnableConfigurationProperties(ValidationTimes.class)
class ValidationsControllerTests {

    private static final String ROUND_1 = "/validations/" + CALL + "/tours/1";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ValidationApi validations;

    // The list of rounds.

    @Test
    void aDelegateLandsOnTheRoundsAwaitingTheirNetworkOldestFirstWithWhenTheReminderAndTheEscalationFall()
            throws Exception {
        given(validations.myRounds()).willReturn(List.of(
                awaited(CALL, "AMI PTCE 2027", 1, REQUESTED),
                awaited(OTHER_CALL, "AMI PTCE Hauts-de-France", 2, Instant.parse("2027-02-10T09:00:00Z"))));

        mvc.perform(get("/validations").with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Validations</h1>")))
                .andExpect(content().string(containsString("<a href=\"/validations\">Validations</a>")))
                .andExpect(content().string(containsString("délégué de réseau (RTES)")))
                .andExpect(content().string(stringContainsInOrder(
                        "AMI PTCE Hauts-de-France", "10 février 2027 à 10 h 00",
                        "Rappel le", "17 février 2027 à 10 h 00", "date passée",
                        "Transmis à la coordination le", "24 février 2027 à 10 h 00", "date passée",
                        "AMI PTCE 2027", "2 lauréats, 1 en liste complémentaire, 1 non retenu",
                        "26 février 2027 à 10 h 00",
                        "Rappel le", "5 mars 2027 à 10 h 00", "plus que 3 jours",
                        "Transmis à la coordination le", "12 mars 2027 à 10 h 00", "plus que 10 jours")))
                .andExpect(content().string(containsString(
                        "href=\"/validations/" + CALL + "/tours/1\"")))
                .andExpect(content().string(containsString("Examiner la liste</a>")))
                .andExpect(content().string(containsString("Votre réseau n'a encore répondu à aucune liste.")));
    }

    @Test
    void theAnsweredRoundsFollowWithTheAnswerAndARoundReplacedBeforeAnyAnswerSaysSo() throws Exception {
        given(validations.myRounds()).willReturn(List.of(
                new ValidationRound(CALL, "AMI PTCE 2027", 1, "RTES", Instant.parse("2027-01-20T09:00:00Z"), 2, 1,
                        1, false, "La réserve est trop courte.", Instant.parse("2027-01-22T13:15:00Z"), 3),
                new ValidationRound(CALL, "AMI PTCE 2027", 2, "RTES", Instant.parse("2027-02-01T09:00:00Z"), 2, 1,
                        1, null, null, null, 3),
                new ValidationRound(CALL, "AMI PTCE 2027", 3, "RTES", Instant.parse("2027-02-15T09:00:00Z"), 2, 1,
                        1, true, null, Instant.parse("2027-02-16T08:00:00Z"), 3)));

        mvc.perform(get("/validations").with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Aucune liste n'attend la réponse de votre réseau pour l'instant.")))
                .andExpect(content().string(stringContainsInOrder(
                        "Approuvée", "16 février 2027 à 9 h 00",
                        "Sans réponse : remplacée par le tour", "3",
                        "Rejetée", "22 janvier 2027 à 14 h 15", "La réserve est trop courte.")))
                .andExpect(content().string(containsString("Revoir la liste</a>")))
                .andExpect(content().string(not(containsString("Examiner la liste</a>"))));
    }

    @Test
    void onlyNetworkDelegatesReachTheValidations() throws Exception {
        for (String role : List.of("REVIEWER", "COORDINATOR", "HOLDER")) {
            mvc.perform(get("/validations").with(person(role))).andExpect(status().isForbidden());
            mvc.perform(get(ROUND_1).with(person(role))).andExpect(status().isForbidden());
            mvc.perform(post(ROUND_1).with(person(role)).with(csrf()).param("decision", "approve"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/validations")).andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
        mvc.perform(get(ROUND_1)).andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
        verify(validations, never()).myRounds();
        verify(validations, never()).ofCall(any());
        verify(validations, never()).answer(any(), anyInt(), anyBoolean(), any());
    }

    @Test
    void aDelegatesHeaderLinksToTheirValidationsAndToNoOtherRolesPages() throws Exception {
        given(validations.myRounds()).willReturn(List.of());

        mvc.perform(get("/validations").with(delegate()))
                .andExpect(content().string(containsString("<a href=\"/validations\">Validations</a>")))
                .andExpect(content().string(not(containsString("<a href=\"/evaluations\">"))))
                .andExpect(content().string(not(containsString("<a href=\"/mes-candidatures\">"))))
                .andExpect(content().string(not(containsString("<a href=\"/personnes\">"))));
    }

    // A round's proposed list.

    @Test
    void theProposedListShowsEachCandidacysPlaceTallyVotesAndMotivation() throws Exception {
        given(validations.ofCall(CALL)).willReturn(awaitingRtes());
        given(validations.proposedList(CALL, 1, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());

        mvc.perform(get(ROUND_1).with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Liste proposée — tour 1</h1>")))
                .andExpect(content().string(containsString("<strong>AMI PTCE 2027</strong>")))
                .andExpect(content().string(containsString("<strong>4 candidatures</strong>")))
                .andExpect(content().string(stringContainsInOrder(
                        "Lauréat", "PTCE Sud Aquitaine", "4,33", "sur 5", "seuils atteints",
                        "Ancrage territorial", "4,50", "Coopération entre les membres", "4,00",
                        "RTES", "2 avis favorables", "MES", "1 avis favorable",
                        "Un pôle exemplaire autour de l&#39;eusko.",
                        "Lauréat", "Pôle Petite Enfance de Villeurbanne", "1 avis réservé",
                        "Liste complémentaire, n° 1", "Tiers-lieu 6-10", "2,75",
                        "seuils non atteints (total attendu : 3,00)", "1,50", "(sous le seuil de", "2,00",
                        "1 avis défavorable", "À conforter sur la coopération.",
                        "Non retenu", "PTCE du Val", "(candidature retirée)", "Pas de notation complète",
                        "Ancrage territorial insuffisant.")));
    }

    @Test
    void whileTheNetworkHasNotAnsweredThePageSaysWhenItIsRemindedAndOffersToApproveOrReject() throws Exception {
        given(validations.ofCall(CALL)).willReturn(awaitingRtes());
        given(validations.proposedList(CALL, 1, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());

        mvc.perform(get(ROUND_1).with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("n'a pas encore répondu",
                        "Rappel le", "5 mars 2027 à 10 h 00", "plus que 3 jours",
                        "transmis à la coordination le", "12 mars 2027 à 10 h 00", "plus que 10 jours")))
                .andExpect(content().string(containsString("Votre réponse pour le réseau RTES")))
                .andExpect(content().string(containsString("action=\"/validations/" + CALL + "/tours/1\"")))
                .andExpect(content().string(containsString("<label for=\"reason\">Motif</label>")))
                .andExpect(content().string(containsString("<textarea id=\"reason\"")))
                .andExpect(content().string(containsString("aria-describedby=\"hint-reason err-reason\"")))
                .andExpect(content().string(containsString(
                        "name=\"decision\" value=\"approve\">Approuver la liste</button>")))
                .andExpect(content().string(containsString(
                        "name=\"decision\" value=\"reject\" class=\"danger\">Rejeter la liste</button>")))
                .andExpect(content().string(stringContainsInOrder("Les réponses des réseaux à ce tour",
                        "RTES", "En attente", "MES", "Approuvée", "27 février 2027 à 16 h 30")));
    }

    @Test
    void approvingSendsTheNetworksAnswerAndShowsItOnThePage() throws Exception {
        mvc.perform(post(ROUND_1).with(delegate()).with(csrf()).param("decision", "approve").param("reason", ""))
                .andExpect(redirectedUrl(ROUND_1))
                .andExpect(flash().attribute("message",
                        "Votre réponse est enregistrée : votre réseau approuve la liste proposée au tour 1."));
        verify(validations).answer(CALL, 1, true, null);
    }

    @Test
    void rejectingSendsTheReasonTyped() throws Exception {
        mvc.perform(post(ROUND_1).with(delegate()).with(csrf()).param("decision", "reject")
                        .param("reason", "La liste complémentaire oublie les territoires ruraux."))
                .andExpect(redirectedUrl(ROUND_1))
                .andExpect(flash().attribute("message", containsString("votre réseau rejette la liste")));
        verify(validations).answer(CALL, 1, false, "La liste complémentaire oublie les territoires ruraux.");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAtTheReasonField() throws Exception {
        given(validations.ofCall(CALL)).willReturn(awaitingRtes());
        given(validations.proposedList(CALL, 1, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());
        given(validations.answer(CALL, 1, false, null)).willThrow(invalidReason("is required: a rejection says why"));

        mvc.perform(post(ROUND_1).with(delegate()).with(csrf()).param("decision", "reject").param("reason", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-reason\">"
                        + "Indiquez pourquoi votre réseau rejette la liste : un rejet est toujours motivé.</p>")))
                .andExpect(content().string(containsString("Rejeter la liste</button>")));
    }

    @Test
    void aReasonTheServiceRefusesIsSaidAtItsFieldAndKeptAsTyped() throws Exception {
        given(validations.ofCall(CALL)).willReturn(awaitingRtes());
        given(validations.proposedList(CALL, 1, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());
        String typed = "Trop long " + "x".repeat(4000);
        given(validations.answer(CALL, 1, false, typed)).willThrow(invalidReason("size must be between 0 and 4000"));

        mvc.perform(post(ROUND_1).with(delegate()).with(csrf()).param("decision", "reject").param("reason", typed))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">4000 caractères au plus.</p>")))
                .andExpect(content().string(containsString(">" + typed + "</textarea>")));
    }

    @Test
    void anAnswerWithoutADecisionIsAskedForOne() throws Exception {
        given(validations.ofCall(CALL)).willReturn(awaitingRtes());
        given(validations.proposedList(CALL, 1, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());

        mvc.perform(post(ROUND_1).with(delegate()).with(csrf()).param("reason", "Un motif"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez d&#39;approuver la liste ou de la rejeter.")))
                .andExpect(content().string(containsString(">Un motif</textarea>")));
        verify(validations, never()).answer(any(), anyInt(), anyBoolean(), any());
    }

    @Test
    void aSecondAnswerIsRefusedInFrenchAndThePageShowsTheAnswerGiven() throws Exception {
        var answeredByRtes = call(round(1, REQUESTED,
                answered("RTES", true, null, Instant.parse("2027-02-28T10:00:00Z")), waiting("MES")));
        given(validations.ofCall(CALL)).willReturn(answeredByRtes);
        given(validations.answer(eq(CALL), eq(1), anyBoolean(), any())).willThrow(new ApiProblem(
                HttpStatus.CONFLICT, "Conflict", "RTES has answered round 1 already", List.of(), null));

        mvc.perform(post(ROUND_1).with(delegate()).with(csrf()).param("decision", "reject").param("reason", "Non"))
                .andExpect(redirectedUrl(ROUND_1))
                .andExpect(flash().attribute("error",
                        "Votre réseau a déjà répondu à ce tour : sa réponse ne peut pas être donnée une seconde fois."));
    }

    @Test
    void anAnsweredRoundShowsTheAnswerAndCannotBeAnsweredAgain() throws Exception {
        given(validations.ofCall(CALL)).willReturn(call(round(1, REQUESTED,
                answered("RTES", false, "La réserve est trop courte.", Instant.parse("2027-02-28T10:00:00Z")),
                waiting("MES"))));
        given(validations.proposedList(CALL, 1, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());

        mvc.perform(get(ROUND_1).with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Votre réseau (", "RTES", ") a",
                        "rejeté", "cette liste le", "28 février 2027 à 11 h 00",
                        "Motif : « ", "La réserve est trop courte.")))
                .andExpect(content().string(not(containsString("<form id=\"answer\""))))
                .andExpect(content().string(not(containsString("Approuver la liste</button>"))));
    }

    @Test
    void theEarlierRoundsAndEveryNetworksAnswersToThemAreShown() throws Exception {
        given(validations.ofCall(CALL)).willReturn(call(
                round(1, Instant.parse("2027-02-01T09:00:00Z"),
                        answered("RTES", true, null, Instant.parse("2027-02-02T09:00:00Z")),
                        answered("MES", false, "Le Tiers-lieu mérite mieux.", Instant.parse("2027-02-03T09:00:00Z"))),
                round(2, REQUESTED, waiting("RTES"), waiting("MES"))));
        given(validations.proposedList(CALL, 2, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());

        mvc.perform(get("/validations/{callId}/tours/2", CALL).with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Liste proposée — tour 2</h1>")))
                .andExpect(content().string(stringContainsInOrder("Les tours précédents", "Tour 1",
                        "1er février 2027 à 10 h 00", "Revoir la liste du tour 1",
                        "RTES", "Approuvée", "2 février 2027 à 10 h 00",
                        "MES", "Rejetée", "3 février 2027 à 10 h 00", "Le Tiers-lieu mérite mieux.")))
                .andExpect(content().string(containsString("href=\"/validations/" + CALL + "/tours/1\"")));
    }

    @Test
    void aRoundReplacedByALaterOneCannotBeAnsweredAndLeadsToTheLatest() throws Exception {
        given(validations.ofCall(CALL)).willReturn(call(
                round(1, Instant.parse("2027-02-01T09:00:00Z"), waiting("RTES"),
                        answered("MES", false, "Non.", Instant.parse("2027-02-03T09:00:00Z"))),
                round(2, REQUESTED, waiting("RTES"), waiting("MES"))));
        given(validations.proposedList(CALL, 1, 0, ValidationsController.PAGE_SIZE)).willReturn(fourCandidacies());

        mvc.perform(get(ROUND_1).with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce tour n'attend plus de réponse")))
                .andExpect(content().string(containsString(
                        "<a href=\"/validations/" + CALL + "/tours/2\">Voir la liste du tour 2</a>")))
                .andExpect(content().string(not(containsString("Approuver la liste</button>"))));
    }

    @Test
    void anAnswerToAReplacedRoundIsRefusedInFrench() throws Exception {
        given(validations.ofCall(CALL)).willReturn(call(round(1, REQUESTED, waiting("RTES")),
                round(2, REQUESTED, waiting("RTES"))));
        given(validations.answer(CALL, 1, true, null)).willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict",
                "Round 1 was superseded by round 2", List.of(), null));

        mvc.perform(post(ROUND_1).with(delegate()).with(csrf()).param("decision", "approve"))
                .andExpect(redirectedUrl(ROUND_1))
                .andExpect(flash().attribute("error", "Ce tour a été remplacé par le tour 2 : c'est à la liste de ce "
                        + "tour que votre réseau doit répondre."));
    }

    @Test
    void aLongListIsShownAPageAtATime() throws Exception {
        given(validations.ofCall(CALL)).willReturn(awaitingRtes());
        given(validations.proposedList(eq(CALL), eq(1), anyInt(), eq(ValidationsController.PAGE_SIZE)))
                .willAnswer(asked -> new ProposedListPage(fourCandidacies().items(), asked.getArgument(2),
                        ValidationsController.PAGE_SIZE, 120));

        mvc.perform(get(ROUND_1).param("page", "2").with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>120 candidatures</strong>")))
                .andExpect(content().string(containsString("Page 2 sur 3")))
                .andExpect(content().string(allOf(
                        containsString("href=\"/validations/" + CALL + "/tours/1?page=1\">Page précédente</a>"),
                        containsString("href=\"/validations/" + CALL + "/tours/1?page=3\">Page suivante</a>"))));
        verify(validations).proposedList(CALL, 1, 1, ValidationsController.PAGE_SIZE);
        mvc.perform(get(ROUND_1).param("page", "9").with(delegate()))
                .andExpect(redirectedUrl(ROUND_1 + "?page=3"));
        mvc.perform(get(ROUND_1).param("page", "deux").with(delegate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 sur 3")));
    }

    // Another network's validations.

    @ParameterizedTest
    @ValueSource(ints = {403, 404})
    void anotherNetworksCallIsAFrenchErrorPage(int refusal) throws Exception {
        given(validations.ofCall(OTHER_CALL)).willThrow(new ApiProblem(HttpStatus.valueOf(refusal), "Refused",
                null, List.of(), null));

        mvc.perform(get("/validations/{callId}/tours/1", OTHER_CALL).with(delegate()))
                .andExpect(status().is(refusal))
                .andExpect(content().string(containsString(refusal == 404 ? "Page introuvable" : "Accès refusé")));
    }

    @Test
    void anAnswerToAnotherNetworksRoundIsAFrenchNotFoundPage() throws Exception {
        given(validations.answer(OTHER_CALL, 1, true, null)).willThrow(new ApiProblem(HttpStatus.NOT_FOUND,
                "Not found", "No round 1 to validate by RTES", List.of(), null));

        mvc.perform(post("/validations/{callId}/tours/1", OTHER_CALL).with(delegate()).with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void aRoundTheCallDoesNotHaveIsNotFound() throws Exception {
        given(validations.ofCall(CALL)).willReturn(awaitingRtes());

        // The French 404 page is the error page's, which the slice does not render.
        mvc.perform(get("/validations/{callId}/tours/5", CALL).with(delegate()))
                .andExpect(status().isNotFound());
        verify(validations, never()).proposedList(any(), anyInt(), anyInt(), anyInt());
    }

    private static ApiProblem invalidReason(String message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid field", "reason: " + message,
                List.of(new ApiProblem.FieldProblem("reason", message)), null);
    }
}
