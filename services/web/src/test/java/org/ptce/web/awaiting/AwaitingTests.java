package org.ptce.web.awaiting;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.ptce.web.awaiting.AwaitingFixtures.AQUITAINE;
import static org.ptce.web.awaiting.AwaitingFixtures.CALL;
import static org.ptce.web.awaiting.AwaitingFixtures.CLOSED_CALL;
import static org.ptce.web.awaiting.AwaitingFixtures.MORLAIX;
import static org.ptce.web.awaiting.AwaitingFixtures.OTHER_CALL;
import static org.ptce.web.awaiting.AwaitingFixtures.VAL;
import static org.ptce.web.awaiting.AwaitingFixtures.VOSGES;
import static org.ptce.web.awaiting.AwaitingFixtures.assignment;
import static org.ptce.web.awaiting.AwaitingFixtures.candidacy;
import static org.ptce.web.awaiting.AwaitingFixtures.closedCall;
import static org.ptce.web.awaiting.AwaitingFixtures.notification;
import static org.ptce.web.awaiting.AwaitingFixtures.openCall;
import static org.ptce.web.awaiting.AwaitingFixtures.round;
import static org.ptce.web.awaiting.AwaitingFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.PublicationApi;
import org.ptce.web.api.QuickApis;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.ValidationApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.delegate.ValidationTimes;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.ResourceAccessException;

/**
 * « À faire » in every page's header, and « Ce qui m'attend »: each role's items with the link to the page where
 * each is done, read from the services at most every 45 seconds, and the page rendered all the same when one does
 * not answer.
 */
@WebPageTest(AwaitingController.class)
@EnableConfigurationProperties(ValidationTimes.class)
@Import({AwaitingCache.class, AwaitingReader.class, AwaitingTests.AnyPage.class, AwaitingTests.MovingClock.class})
class AwaitingTests {

    /** A page of the site like any other, with the header: the accessibility statement, and a form that posts. */
    @Controller
    static class AnyPage {

        @GetMapping("/accessibilite")
        String page() {
            return "site/accessibility";
        }

        @PostMapping("/accessibilite")
        String act() {
            return "redirect:/accessibilite";
        }
    }

    /** The slice's clock, moved on by the tests that need time to pass. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovingClock {

        @Bean
        @Primary
        Movable movableClock() {
            return new Movable();
        }
    }

    static final class Movable extends Clock {

        private Instant now = WebPageTest.NOW;

        void moveOn(Duration duration) {
            now = now.plus(duration);
        }

        void reset() {
            now = WebPageTest.NOW;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Movable clock;

    @MockitoBean
    private QuickApis apis;
    @MockitoBean
    private ApplicationsApi applications;
    @MockitoBean
    private PublicationApi publication;
    @MockitoBean
    private ReviewApi review;
    @MockitoBean
    private ValidationApi validations;
    @MockitoBean
    private ReviewDeskApi reviewDesk;
    @MockitoBean
    private WorkflowApi workflow;

    @BeforeEach
    void servicesAnswer() {
        clock.reset();
        given(apis.applications()).willReturn(applications);
        given(apis.publication()).willReturn(publication);
        given(apis.review()).willReturn(review);
        given(apis.validation()).willReturn(validations);
        given(apis.reviewDesk()).willReturn(reviewDesk);
        given(apis.workflow()).willReturn(workflow);
    }

    // Each role's items.

    @Test
    void aHolderIsToldOfTheDossiersToCompleteOrToSubmitAndOfTheDecisionsPublishedLately() throws Exception {
        given(applications.myCandidacies()).willReturn(List.of(
                candidacy(VAL, CALL, "PTCE du Val", "COMPLETION_REQUESTED", Instant.parse("2027-03-11T09:00:00Z")),
                candidacy(AQUITAINE, CALL, "PTCE Sud Aquitaine", "DRAFT", null),
                candidacy(VOSGES, CLOSED_CALL, "PTCE des Vosges", "DRAFT", null),
                candidacy(MORLAIX, CLOSED_CALL, "PTCE de Morlaix", "LAUREATE", null)));
        given(applications.calls()).willReturn(List.of(openCall(), closedCall()));
        given(publication.myNotifications()).willReturn(List.of(
                notification(MORLAIX, "PTCE de Morlaix", "Lauréat", Instant.parse("2027-02-25T14:00:00Z")),
                notification(VOSGES, "PTCE des Vosges", "Non retenue", Instant.parse("2026-11-02T14:00:00Z"))));
        OidcLoginRequestPostProcessor holder = signedIn("HOLDER");

        mvc.perform(get("/a-faire").with(holder))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Ce qui m'attend</h1>")))
                .andExpect(content().string(containsString("<h2 id=\"a-faire-1\">Vos candidatures</h2>")))
                .andExpect(content().string(stringContainsInOrder(
                        "<a href=\"/candidatures/" + VAL
                                + "\">Envoyer les compléments du dossier « PTCE du Val »</a>",
                        "compléments attendus avant le 11 mars 2027 à 10 h 00 (plus que 9 jours)",
                        "<a href=\"/candidatures/" + AQUITAINE
                                + "\">Terminer et soumettre le dossier « PTCE Sud Aquitaine »</a>",
                        "appel « AMI PTCE 2027 », avant le 15 mars 2027 à 12 h 00 (plus que 14 jours)",
                        "<a href=\"/candidatures/" + MORLAIX + "\">Lire la décision sur « PTCE de Morlaix »</a>",
                        "Lauréat, publiée le 25 février 2027")))
                .andExpect(content().string(allOf(not(containsString("PTCE des Vosges")),
                        not(containsString("Une partie de ce qui vous attend")))))
                .andExpect(content().string(containsString(
                        "<a class=\"awaiting-link\" href=\"/a-faire\" aria-current=\"page\"" + header(3))));
    }

    @Test
    void aReviewerIsToldOfTheEvaluationsToDeclareOrToFinishTheOverdueFirstWithTheRemindersReceived()
            throws Exception {
        Instant deadline = Instant.parse("2027-03-31T10:00:00Z");
        given(review.myAssignments()).willReturn(List.of(
                assignment(AQUITAINE, "PTCE Sud Aquitaine", "TO_DECLARE", deadline, null, false),
                assignment(VAL, "PTCE du Val", "DRAFT", deadline, Instant.parse("2027-02-27T08:00:00Z"), true),
                assignment(MORLAIX, "PTCE de Morlaix", "SUBMITTED", deadline, null, false),
                assignment(VOSGES, "PTCE des Vosges", "TO_EVALUATE", Instant.parse("2027-02-28T10:00:00Z"), null,
                        true)));

        mvc.perform(get("/a-faire").with(signedIn("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("<h2 id=\"a-faire-1\">Vos évaluations</h2>",
                        "<a href=\"/evaluations/" + VAL
                                + "\">Terminer et soumettre votre évaluation de « PTCE du Val »</a>",
                        "<strong class=\"late\">En retard</strong>",
                        "appel « AMI PTCE 2027 », pour le réseau Opale, avant le 31 mars 2027 à 12 h 00",
                        "rappel reçu le 27 février 2027",
                        "<a href=\"/evaluations/" + AQUITAINE
                                + "\">Déclarer votre impartialité pour « PTCE Sud Aquitaine »</a>")))
                .andExpect(content().string(allOf(not(containsString("PTCE de Morlaix")),
                        not(containsString("PTCE des Vosges")))))
                .andExpect(content().string(containsString(header(2))));
    }

    @Test
    void aDelegateIsToldOfTheRoundsTheirNetworkHasNotAnsweredWithTheTimeLeftBeforeTheCoordinationFollowsUp()
            throws Exception {
        given(validations.myRounds()).willReturn(List.of(
                round(CALL, "AMI PTCE 2027", 1, Instant.parse("2027-02-25T09:00:00Z"), null, 1),
                round(OTHER_CALL, "AMI PTCE Hauts-de-France", 2, Instant.parse("2027-02-20T09:00:00Z"), null, 2),
                round(OTHER_CALL, "AMI PTCE Hauts-de-France", 1, Instant.parse("2027-02-01T09:00:00Z"), null, 2),
                round(CLOSED_CALL, "AMI PTCE 2026", 1, Instant.parse("2027-01-20T09:00:00Z"),
                        Instant.parse("2027-01-22T09:00:00Z"), 1)));

        mvc.perform(get("/a-faire").with(signedIn("NETWORK_DELEGATE")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(
                        "<h2 id=\"a-faire-1\">Les validations de votre réseau</h2>",
                        "<a href=\"/validations/" + OTHER_CALL
                                + "/tours/2\">Répondre à la liste proposée pour « AMI PTCE Hauts-de-France » "
                                + "(tour 2)</a>",
                        "En retard", "demandée le 20 février 2027 ; rappel envoyé le 27 février 2027 ;",
                        "la coordination relance votre réseau le 6 mars 2027 à 10 h 00 (plus que 4 jours)",
                        "<a href=\"/validations/" + CALL
                                + "/tours/1\">Répondre à la liste proposée pour « AMI PTCE 2027 » (tour 1)</a>",
                        "la coordination relance votre réseau le 11 mars 2027 à 10 h 00 (plus que 9 jours)")))
                .andExpect(content().string(allOf(not(containsString("/tours/1\">Répondre à la liste proposée pour "
                        + "« AMI PTCE Hauts-de-France »")), not(containsString("AMI PTCE 2026")))))
                .andExpect(content().string(containsString(header(2))));
    }

    @Test
    void aCoordinatorIsToldCallByCallOfTheChecksTheNetworksWithoutAReviewerAndTheDeliberations() throws Exception {
        given(workflow.awaitingCoordination()).willReturn(List.of(
                new WorkflowApi.AwaitingCall(CALL, "AMI PTCE 2027", 3, null, null, 0, List.of()),
                new WorkflowApi.AwaitingCall(OTHER_CALL, "AMI PTCE Hauts-de-France", 0,
                        Instant.parse("2027-02-15T11:00:00Z"), 1, 0, List.of("OPALE"))));
        given(reviewDesk.uncoveredCalls()).willReturn(List.of(new ReviewDeskApi.UncoveredCall(CALL, "AMI PTCE 2027",
                Instant.parse("2027-03-31T10:00:00Z"), 2, Set.of("OPALE", "MES"))));

        mvc.perform(get("/a-faire").with(signedIn("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("<h2 id=\"a-faire-1\">La coordination</h2>",
                        "<a href=\"/coordination/appels/" + CALL
                                + "/recevabilite\">Vérifier la recevabilité des candidatures à "
                                + "« AMI PTCE 2027 »</a>",
                        "3 candidatures en attente",
                        "<a href=\"/coordination/appels/" + CALL
                                + "/evaluateurs\">Affecter des évaluateur·rices aux candidatures de "
                                + "« AMI PTCE 2027 »</a>",
                        "2 candidatures sans évaluateur·rice pour MES, Opale, avant le 31 mars 2027 à 12 h 00",
                        "<a href=\"/coordination/appels/" + OTHER_CALL
                                + "/deliberation\">Délibérer sur « AMI PTCE Hauts-de-France »</a>",
                        "la liste du tour 1 a été rejetée par un réseau : proposez une liste revue",
                        "<a href=\"/coordination/appels/" + OTHER_CALL
                                + "/deliberation\">Relancer les réseaux sans réponse sur la liste de "
                                + "« AMI PTCE Hauts-de-France »</a>",
                        "Opale : le délai de réponse est passé")))
                .andExpect(content().string(containsString(header(7))));
    }

    @Test
    void aPersonWithSeveralRolesIsToldOfThemAll() throws Exception {
        given(review.myAssignments()).willReturn(List.of(assignment(VAL, "PTCE du Val", "TO_EVALUATE",
                Instant.parse("2027-03-31T10:00:00Z"), null, false)));
        given(validations.myRounds()).willReturn(List.of(
                round(CALL, "AMI PTCE 2027", 1, Instant.parse("2027-02-25T09:00:00Z"), null, 1)));

        mvc.perform(get("/a-faire").with(signedIn("REVIEWER", "NETWORK_DELEGATE")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(
                        "Vos évaluations", "<a href=\"/evaluations/" + VAL + "\">Évaluer « PTCE du Val »</a>",
                        "Les validations de votre réseau", "<a href=\"/validations/" + CALL + "/tours/1\">")))
                .andExpect(content().string(containsString(header(2))));
    }

    @Test
    void nothingAwaitingIsSaidAndCountedAsNothing() throws Exception {
        mvc.perform(get("/a-faire").with(signedIn("HOLDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien à faire pour l'instant.")))
                .andExpect(content().string(containsString(header(0))));
    }

    // The header on every page.

    @Test
    void everyPageHeaderCountsWhatAwaitsAndLinksToThePageThatListsIt() throws Exception {
        given(review.myAssignments()).willReturn(List.of(assignment(VAL, "PTCE du Val", "TO_EVALUATE",
                Instant.parse("2027-03-31T10:00:00Z"), null, false)));

        mvc.perform(get("/accessibilite").with(signedIn("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a class=\"awaiting-link\" href=\"/a-faire\"" + header(1))))
                .andExpect(content().string(not(containsString("aria-current=\"page\""))));
    }

    @Test
    void aServiceThatDoesNotAnswerLeavesTheEntryWithoutACountAndThePageRendersAllTheSame() throws Exception {
        given(review.myAssignments()).willThrow(new ResourceAccessException("Read timed out"));
        given(validations.myRounds()).willReturn(List.of(
                round(CALL, "AMI PTCE 2027", 1, Instant.parse("2027-02-25T09:00:00Z"), null, 1)));
        OidcLoginRequestPostProcessor person = signedIn("REVIEWER", "NETWORK_DELEGATE");

        mvc.perform(get("/accessibilite").with(person))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a class=\"awaiting-link\" href=\"/a-faire\">À faire</a>")))
                .andExpect(content().string(containsString("<main id=\"contenu\"")));
        mvc.perform(get("/a-faire").with(person))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(
                        "Une partie de ce qui vous attend n'a pas pu être lue pour l'instant :",
                        "vos évaluations", "Vos évaluations", "Cette partie n'a pas pu être lue",
                        "Les validations de votre réseau", "<a href=\"/validations/" + CALL + "/tours/1\">")));
    }

    @Test
    void theServicesAreAskedAgainOnlyOnceTheCountIsOlderThanItsPeriod() throws Exception {
        OidcLoginRequestPostProcessor reviewer = signedIn("REVIEWER");

        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());
        clock.moveOn(AwaitingCache.REFRESH_AFTER.minusSeconds(1));
        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());
        verify(review, times(1)).myAssignments();

        clock.moveOn(Duration.ofSeconds(1));
        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());
        verify(review, times(2)).myAssignments();
    }

    @Test
    void aServiceDownIsNotAskedAgainOnEveryPageEither() throws Exception {
        given(review.myAssignments()).willThrow(new ResourceAccessException("Connection refused"));
        OidcLoginRequestPostProcessor reviewer = signedIn("REVIEWER");

        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());
        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());

        verify(review, times(1)).myAssignments();
    }

    @Test
    void whatThePersonDoesHasTheNextPageAskAgain() throws Exception {
        OidcLoginRequestPostProcessor reviewer = signedIn("REVIEWER");

        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());
        mvc.perform(post("/accessibilite").with(reviewer).with(csrf()))
                .andExpect(redirectedUrl("/accessibilite"));
        verify(review, times(1)).myAssignments();
        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());

        verify(review, times(2)).myAssignments();
    }

    @Test
    void theListingPageReadsAnewForItIsAskedFor() throws Exception {
        OidcLoginRequestPostProcessor reviewer = signedIn("REVIEWER");

        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());
        mvc.perform(get("/a-faire").with(reviewer)).andExpect(status().isOk());
        mvc.perform(get("/accessibilite").with(reviewer)).andExpect(status().isOk());

        verify(review, times(2)).myAssignments();
    }

    @Test
    void aVisitorHasNoEntryAndTheListingPageAsksThemToSignIn() throws Exception {
        mvc.perform(get("/accessibilite"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("À faire"))));
        mvc.perform(get("/a-faire"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));

        verifyNoInteractions(apis);
    }

    /** The header's entry with its count: its accessible name « À faire : 3 en attente ». */
    private static String header(int count) {
        return ">À faire<span class=\"visually-hidden\"> : </span><span class=\"awaiting-count\">" + count
                + "</span><span class=\"visually-hidden\"> en attente</span></a>";
    }
}
