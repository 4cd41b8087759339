package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The story of a call, against the services running as separate processes on a real broker and database. First done
 * in a real browser, by every kind of person, with the keyboard: the coordinator creates and opens a call, two holders
 * submit, the coordinator declares them admissible, a reviewer of each network declares no conflict and evaluates, the
 * coordinator deliberates, one network rejects the list once with its reason, the revised list is approved and
 * published, and the public results page shows it. Every page is checked by axe-core and photographed under
 * {@code target/screenshots/<person>/}. Then, each its own test, the pages a person of another role or network cannot
 * reach. Last, the story {@code deploy/story.sh} tells a newcomer ({@link CallStory}), through the HTTP APIs only, and
 * its outcome checked: the published results, each holder's notification (by mail too), the laureate's timeline, and
 * an anonymous visitor reading the results and their CSV. The platform is the one the launcher's tests share.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPlatform.class)
class CallStoryIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration PROCESS_WAIT = Duration.ofSeconds(90);
    private static final Pattern CALL_PAGE = Pattern.compile("/coordination/appels/([0-9a-f-]{36})");
    private static final Pattern CANDIDACY_PAGE = Pattern.compile("/candidatures/([0-9a-f-]{36})");

    private static final String COORDINATOR = "coordination@labo-ess.example";
    private static final List<String> REVIEWERS = List.of("evaluation.rtes@example.org",
            "evaluation2.rtes@example.org", "evaluation.mes@example.org");
    private static final String LAUREATE_PTCE = "Pôle coopératif du Ternois";
    private static final String NOT_SELECTED_PTCE = "Collectif ESS des Monts du Lyonnais";
    private static final String MES_REASON = "Le réseau demande que la motivation cite l'ancrage rural du pôle";

    private static Platform platform;
    private static String web;
    private static PlatformApi api;

    /** The browser story's call, once its results are published: the refusal tests use its pages. */
    private static String storyCallId;

    @BeforeAll
    static void useTheSharedPlatform(Platform shared) throws Exception {
        platform = shared;
        web = platform.serviceUrl(PlatformService.WEB);
        api = new PlatformApi(platform::serviceUrl);
    }

    @Test
    @Order(1)
    void aCallRunsFromItsOpeningToItsPublishedResultsInTheBrowserOnly() throws Exception {
        try (var coordinator = new Browser("story-1-coordination")) {
            PageSteps.signIn(coordinator, web, COORDINATOR, "demo-coordination");

            // The submission deadline: the next minute at least 100 s away, time for two holders to submit.
            ZonedDateTime deadline = ZonedDateTime.now(PARIS).plusSeconds(100).truncatedTo(ChronoUnit.MINUTES)
                    .plusMinutes(1);
            String callId = createAndOpenCall(coordinator, deadline);
            storyCallId = callId;

            String laureate = submitCandidacy("story-2-porteur-ternois", "porteur.hautsdefrance@example.org",
                    callId, LAUREATE_PTCE);
            String notSelected = submitCandidacy("story-3-porteur-lyonnais", "porteur.villeurbanne@example.org",
                    callId, NOT_SELECTED_PTCE);
            assertThat(Instant.now()).as("both holders submitted before the deadline").isBefore(deadline.toInstant());

            admit(coordinator, callId, laureate);
            admit(coordinator, callId, notSelected);

            coordinator.pressEnterOn(By.cssSelector("a.awaiting-link"));
            coordinator.waitUntil(ExpectedConditions.titleContains("Ce qui m"));
            coordinator.pageChanged("a-faire");

            Map<String, Boolean> convincing = Map.of(laureate, true, notSelected, false);
            awaitReviewersOfEachNetwork(convincing.keySet());
            coordinator.open(web + "/coordination/appels/" + callId + "/evaluateurs", "evaluateurs");
            assertThat(coordinator.text(By.id("uncovered-count"))).contains("Chaque candidature");
            int evaluated = 0;
            for (String reviewer : REVIEWERS) {
                evaluated += evaluateAssignments(reviewer, convincing);
            }
            assertThat(evaluated).as("one reviewer of RTES and one of MES per candidacy").isEqualTo(4);

            // The deliberation opens once the deadline has passed and every candidacy is reviewed.
            String deliberation = web + "/coordination/appels/" + callId + "/deliberation";
            reloadUntil(coordinator, deliberation, By.cssSelector("#deliberation-form select"),
                    Duration.between(Instant.now(), deadline.toInstant()).plus(PROCESS_WAIT));
            coordinator.pageChanged("deliberation");
            List<String> order = coordinator.driver().findElements(By.cssSelector("article[data-candidacy-id]"))
                    .stream().map(article -> article.getDomAttribute("data-candidacy-id")).toList();
            assertThat(order).as("ordered by weighted total").containsExactly(laureate, notSelected);
            place(coordinator, laureate, "Lauréate", "Le projet le plus abouti du comité.");
            place(coordinator, notSelected, "Non retenue", "Le comité encourage le pôle à structurer sa gouvernance.");
            propose(coordinator, 1);

            try (var rtes = new Browser("story-4-delegue-rtes"); var mes = new Browser("story-5-delegue-mes")) {
                PageSteps.signIn(rtes, web, "delegue.rtes@example.org", "demo-delegue");
                PageSteps.signIn(mes, web, "delegue.mes@example.org", "demo-delegue");
                answer(rtes, callId, 1, null);
                answer(mes, callId, 1, MES_REASON);

                // The list comes back to the coordinator, with MES's reason beside it.
                reloadUntil(coordinator, deliberation, By.id("reasons-title"), PROCESS_WAIT);
                coordinator.waitFor(By.cssSelector("#deliberation-form select"));
                coordinator.pageChanged("deliberation-rejetee");
                assertThat(coordinator.text(By.cssSelector(".reasons"))).contains("MES a rejeté la liste")
                        .contains(MES_REASON);
                assertThat(coordinator.text(By.id("tour-1"))).contains("Rejetée").contains("Approuvée");
                place(coordinator, laureate, "Lauréate",
                        "Le projet le plus abouti du comité, fortement ancré dans un territoire rural.");
                propose(coordinator, 2);

                answer(rtes, callId, 2, null);
                answer(mes, callId, 2, null);
                rtes.pressEnterOn(By.linkText("Validations"));
                rtes.waitUntil(ExpectedConditions.titleContains("Validations"));
                rtes.pageChanged("validations-apres");
            }

            // Published: anyone reads the results on the call's public page.
            try (var visitor = new Browser("story-6-public")) {
                reloadUntil(visitor, web + "/appels/" + callId + "/resultats", By.id("laureats"), PROCESS_WAIT);
                visitor.pageChanged("resultats");
                String results = visitor.text(By.tagName("main"));
                assertThat(results).contains(LAUREATE_PTCE);
                assertThat(results.substring(results.indexOf("Lauréats"), results.indexOf("Liste de réserve")))
                        .contains(LAUREATE_PTCE).doesNotContain(NOT_SELECTED_PTCE);
            }

            // The laureate's holder reads the outcome on their candidacy.
            try (var holder = new Browser("story-7-porteur-laureat")) {
                PageSteps.signIn(holder, web, "porteur.hautsdefrance@example.org", "demo-porteur");
                reloadUntil(holder, web + "/candidatures/" + laureate, By.xpath(
                        "//*[@id='status'][contains(., 'auréat')]"), PROCESS_WAIT);
                holder.pageChanged("candidature-laureate");
                assertThat(holder.text(By.tagName("main"))).contains("un territoire rural");
            }

            coordinator.open(web + "/coordination/appels/" + callId + "/suivi", "suivi-final");
            assertThat(coordinator.text(By.tagName("main"))).contains(LAUREATE_PTCE).contains(NOT_SELECTED_PTCE);
            // The exports for the committee's meetings.
            coordinator.pressEnterOn(By.id("export-candidacies-csv"));
            String candidacies = Files.readString(coordinator.awaitDownload(".csv", Browser.WAIT),
                    StandardCharsets.UTF_8);
            assertThat(candidacies).contains(LAUREATE_PTCE).contains(NOT_SELECTED_PTCE)
                    .contains("Le projet le plus abouti du comité, fortement ancré dans un territoire rural.");
            coordinator.pressEnterOn(By.id("export-evaluations-xlsx"));
            assertThat(Files.size(coordinator.awaitDownload(".xlsx", Browser.WAIT))).isPositive();
            coordinator.open(web + "/coordination/candidatures/" + laureate, "dossier-laureat");
            assertThat(coordinator.text(By.id("timeline"))).contains("Candidature soumise (Élodie Lefebvre)")
                    .contains("Recevabilité décidée").contains("Évaluateur·rices affecté·es");
            coordinator.open(web + "/coordination/appels/" + callId + "/processus", "processus");
            assertThat(coordinator.driver().findElement(By.cssSelector("svg[role=img]")).getDomAttribute(
                    "aria-label")).contains("processus");
            assertThat(coordinator.text(By.tagName("main"))).contains("Vérifier la recevabilité");
        }
    }

    @Test
    @Order(2)
    void aDelegateCannotReachTheValidationOfACallTheirNetworkDoesNotTakePartIn() {
        assertThat(storyCallId).as("the story's call (the first test)").isNotNull();
        try (var ufisc = new Browser("refus-delegue-ufisc")) {
            PageSteps.signIn(ufisc, web, "delegue.ufisc@example.org", "demo-delegue");
            ufisc.open(web + "/validations/" + storyCallId + "/tours/2", "tour-d-un-autre-appel");
            assertRefused(ufisc);
            ufisc.open(web + "/validations", "ses-validations");
            assertThat(ufisc.driver().getPageSource()).doesNotContain(storyCallId);
        }
    }

    @Test
    @Order(3)
    void aReviewerCannotReadTheOtherEvaluationsBeforeSubmittingTheirOwnNorAnEvaluationNotTheirs() throws Exception {
        var story = new CallStory(api, RepositoryLayout.ofThisBuild().seeds());
        String coordinatorToken = story.token(COORDINATOR, "demo-coordination");
        String callId = story.openCall(coordinatorToken, Instant.now().plus(Duration.ofHours(2)));
        String holderToken = story.token("porteur.saintjean@example.org", "demo-porteur");
        JsonNode content = json.readTree(RepositoryLayout.ofThisBuild().seeds().resolve("candidacies.json")
                .toFile()).get(2).get("content");
        String candidacyId = api.post(PlatformService.APPLICATIONS, "/api/calls/" + callId + "/candidacies",
                content, holderToken).expect(201).body().get("id").asText();
        api.post(PlatformService.APPLICATIONS, "/api/candidacies/" + candidacyId + "/submit", null, holderToken)
                .expect(200);
        await().atMost(PROCESS_WAIT).until(() -> api.get(PlatformService.WORKFLOW, "/api/admissibility/checks?callId="
                + callId, coordinatorToken).body().size() == 1);
        api.post(PlatformService.WORKFLOW, "/api/admissibility/checks/" + candidacyId, Map.of("outcome",
                "ADMISSIBLE"), coordinatorToken).expect(204);
        await().atMost(PROCESS_WAIT).until(() -> assignedTo(story, "evaluation.mes@example.org", candidacyId)
                && REVIEWERS.stream().filter(reviewer -> reviewer.contains("rtes"))
                        .anyMatch(reviewer -> assignedTo(story, reviewer, candidacyId)));

        try (var mes = new Browser("refus-evaluateur-mes")) {
            PageSteps.signIn(mes, web, "evaluation.mes@example.org", "demo-evaluation");
            mes.open(web + "/evaluations/" + candidacyId + "/autres-evaluations", "autres-avant-la-sienne");
            assertRefused(mes);
        }
        // The other reviewer of RTES: the candidacy went to their colleague.
        String rtesReviewer = REVIEWERS.stream().filter(reviewer -> reviewer.contains("rtes"))
                .filter(reviewer -> !assignedTo(story, reviewer, candidacyId)).findFirst().orElseThrow();
        try (var rtes = new Browser("refus-evaluateur-rtes-non-designe")) {
            PageSteps.signIn(rtes, web, rtesReviewer, "demo-evaluation");
            rtes.open(web + "/evaluations/" + candidacyId, "evaluation-d-un-autre");
            assertRefused(rtes);
            assertThat(rtes.text(By.tagName("main"))).doesNotContain(content.get("ptceName").asText());
            rtes.open(web + "/evaluations/" + candidacyId + "/autres-evaluations", "autres-d-un-autre");
            assertRefused(rtes);
        }
    }

    @Test
    @Order(4)
    void aHolderCannotReachTheCoordinatorsPages() throws Exception {
        // Refused for the role, before the call is even looked for: any call, existing or not.
        String callId = storyCallId != null ? storyCallId : UUID.randomUUID().toString();
        try (var holder = new Browser("refus-porteur")) {
            PageSteps.signIn(holder, web, "porteur.sudaquitaine@example.org", "demo-porteur");
            for (String page : List.of("/coordination/appels", "/coordination/appels/nouveau",
                    "/coordination/appels/" + callId, "/coordination/appels/" + callId + "/suivi",
                    "/coordination/appels/" + callId + "/recevabilite",
                    "/coordination/appels/" + callId + "/deliberation", "/personnes")) {
                holder.open(web + page, "coordination" + page);
                assertThat(holder.text(By.tagName("h1"))).as(page).isEqualTo("Accès refusé");
            }
            assertThat(holder.driver().findElements(By.linkText("Personnes"))).isEmpty();
        }
    }

    private static String createAndOpenCall(Browser coordinator, ZonedDateTime deadline) {
        coordinator.pressEnterOn(By.linkText("Appels"));
        coordinator.waitUntil(ExpectedConditions.titleContains("Appels"));
        coordinator.pageChanged("appels");
        coordinator.pressEnterOn(By.partialLinkText("Nouvel appel"));
        coordinator.waitFor(By.id("title"));
        coordinator.pageChanged("nouvel-appel");
        var day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        var time = DateTimeFormatter.ofPattern("HH:mm");
        coordinator.type(By.id("title"), "AMI PTCE — un appel mené dans le navigateur");
        coordinator.type(By.id("description"), "Pour les pôles qui coopèrent dans les territoires ruraux.");
        coordinator.type(By.id("submissionDate"), day.format(deadline));
        coordinator.type(By.id("submissionTime"), Keys.chord(Keys.CONTROL, "a") + time.format(deadline));
        coordinator.type(By.id("reviewDate"), day.format(deadline.plusDays(30)));
        coordinator.type(By.id("completionDays"), "15");
        coordinator.driver().findElement(By.id("network-RTES")).sendKeys(Keys.SPACE);
        coordinator.driver().findElement(By.id("network-MES")).sendKeys(Keys.SPACE);
        coordinator.type(By.id("criteria-0-label"), "Ancrage territorial");
        coordinator.type(By.id("criteria-0-weight"), "2");
        coordinator.type(By.id("criteria-0-threshold"), "2,5");
        coordinator.pressEnterOn(By.id("add-criterion"));
        coordinator.waitFor(By.id("criteria-1-label"));
        coordinator.type(By.id("criteria-1-label"), "Coopération entre les membres");
        coordinator.type(By.id("criteria-1-weight"), "1");
        coordinator.type(By.id("criteria-1-threshold"), "2");
        coordinator.type(By.id("totalThreshold"), "3");
        coordinator.type(By.id("requiredDocuments-0-name"), "Statuts");
        coordinator.pageChanged("appel-saisi");
        coordinator.pressEnterOn(By.id("save-call"));

        coordinator.waitFor(By.id("open-call"));
        coordinator.pageChanged("brouillon");
        Matcher page = CALL_PAGE.matcher(coordinator.driver().getCurrentUrl());
        assertThat(page.find()).as("the draft's page").isTrue();
        String callId = page.group(1);
        assertThat(coordinator.text(By.id("grid"))).contains("Ancrage territorial").contains("Coopération");
        coordinator.pressEnterOn(By.id("open-call"));
        coordinator.waitFor(By.id("confirm-opening"));
        coordinator.pageChanged("ouverture");
        coordinator.pressEnterOn(By.id("confirm-opening"));
        coordinator.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("call-state"), "Ouvert aux candidatures"));
        coordinator.pageChanged("appel-ouvert");
        return callId;
    }

    /** A holder finds the call, writes a dossier of three members, and submits it; answers its id. */
    private static String submitCandidacy(String testName, String username, String callId, String ptceName) {
        try (var holder = new Browser(testName)) {
            PageSteps.signIn(holder, web, username, "demo-porteur");
            holder.open(web + "/appels/" + callId, "appel");
            holder.pressEnterOn(By.linkText("Déposer une candidature"));
            holder.waitFor(By.id("ptceName"));
            holder.type(By.id("ptceName"), ptceName);
            holder.pressEnterOn(By.id("ptceName"));
            holder.waitFor(By.id("legalForm"));
            Matcher page = CANDIDACY_PAGE.matcher(holder.driver().getCurrentUrl());
            assertThat(page.find()).as("the dossier's page").isTrue();
            holder.type(By.id("legalForm"), "SCIC SAS");
            holder.driver().findElement(By.cssSelector("input[name=privateLawEntity][value=true]"))
                    .sendKeys(Keys.SPACE);
            holder.driver().findElement(By.cssSelector("input[name=alreadySupportedByState][value=false]"))
                    .sendKeys(Keys.SPACE);
            PageSteps.member(holder, 0, "Coopérative d'activités du territoire", "Entreprise de l",
                    "49154144683255");
            PageSteps.addMember(holder);
            PageSteps.member(holder, 1, "Menuiserie des collines SARL", "Entreprise h", "53676275591306");
            PageSteps.addMember(holder);
            PageSteps.member(holder, 2, "Communauté de communes", "Coll", "57481466912494");
            holder.type(By.id("cooperationStrategy"), "Mutualiser un atelier et des achats entre les membres.");
            holder.pageChanged("dossier");
            holder.pressEnterOn(By.xpath("//button[normalize-space()='Vérifier et soumettre']"));
            holder.waitUntil(ExpectedConditions.titleContains("Soumettre"));
            holder.pageChanged("verification");
            holder.driver().findElement(By.id("confirmed")).sendKeys(Keys.SPACE);
            holder.pressEnterOn(By.xpath("//button[normalize-space()='Soumettre la candidature']"));
            holder.waitFor(By.id("submitted-at"));
            holder.pageChanged("recepisse");
            return page.group(1);
        }
    }

    /** The candidacy arrives in the admissibility queue (the process starts it), and is declared admissible. */
    private static void admit(Browser coordinator, String callId, String candidacyId) {
        reloadUntil(coordinator, web + "/coordination/appels/" + callId + "/recevabilite",
                By.id("outcome-" + candidacyId + "-ADMISSIBLE"), PROCESS_WAIT);
        coordinator.pageChanged("recevabilite");
        coordinator.driver().findElement(By.id("outcome-" + candidacyId + "-ADMISSIBLE")).sendKeys(Keys.SPACE);
        coordinator.pressEnterOn(By.cssSelector("#candidature-" + candidacyId + " button[type=submit]"));
        coordinator.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Décision enregistrée"));
        coordinator.pageChanged("recevable");
    }

    /** Waits (through the API: the people only act in the browser) until each network gave each one a reviewer. */
    private static void awaitReviewersOfEachNetwork(Set<String> candidacyIds) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (String reviewer : REVIEWERS) {
            tokens.add(api.signIn(reviewer, "demo-evaluation"));
        }
        await().atMost(PROCESS_WAIT).until(() -> {
            int assigned = 0;
            for (String token : tokens) {
                assigned += (int) api.get(PlatformService.REVIEW, "/api/review/assignments", token).body()
                        .findValuesAsText("candidacyId").stream().filter(candidacyIds::contains).count();
            }
            return assigned == 2 * candidacyIds.size();
        });
    }

    /** The reviewer evaluates every candidacy of {@code convincing} in their list; answers how many. */
    private static int evaluateAssignments(String username, Map<String, Boolean> convincing) {
        try (var reviewer = new Browser("story-evaluateur-" + username.substring(0, username.indexOf('@')))) {
            PageSteps.signIn(reviewer, web, username, "demo-evaluation");
            reviewer.waitUntil(ExpectedConditions.titleContains("Mes évaluations"));
            reviewer.pageChanged("mes-evaluations");
            List<String> mine = reviewer.driver().findElements(By.cssSelector("tr[data-candidacy]")).stream()
                    .map(row -> row.getDomAttribute("data-candidacy")).filter(convincing::containsKey).toList();
            for (String candidacyId : mine) {
                evaluate(reviewer, candidacyId, convincing.get(candidacyId));
                reviewer.open(web + "/evaluations", "mes-evaluations-apres");
            }
            return mine.size();
        }
    }

    private static void evaluate(Browser reviewer, String candidacyId, boolean convinced) {
        reviewer.pressEnterOn(By.cssSelector("tr[data-candidacy='" + candidacyId + "'] a"));
        reviewer.waitFor(By.id("declare-impartiality"));
        reviewer.pageChanged("declaration");
        assertThat(reviewer.text(By.id("members"))).contains("Menuiserie des collines SARL");
        reviewer.pressEnterOn(By.id("declare-impartiality"));

        reviewer.waitFor(By.id("evaluation-form"));
        reviewer.pageChanged("evaluation");
        List<WebElement> scores = reviewer.driver().findElements(By.cssSelector("input[id^='scores-']"));
        assertThat(scores).hasSize(2);
        scores.get(0).sendKeys(convinced ? "5" : "2");
        scores.get(1).sendKeys(convinced ? "4" : "2");
        reviewer.driver().findElement(By.id(convinced ? "vote-FAVOURABLE" : "vote-UNFAVOURABLE"))
                .sendKeys(Keys.SPACE);
        reviewer.type(By.id("comment"), convinced ? "Coopération solide et ancrée." : "Gouvernance à structurer.");
        reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "enregistré à"));
        reviewer.waitUntil(driver -> reviewer.text(By.id("weighted-total"))
                .trim().matches(convinced ? "4[,.]67" : "2([,.]0+)?"));

        reviewer.pressEnterOn(By.id("review-submission"));
        reviewer.waitFor(By.id("confirm-submission"));
        reviewer.pageChanged("soumission");
        reviewer.driver().findElement(By.id("confirm-submission")).sendKeys(Keys.SPACE);
        reviewer.pressEnterOn(By.id("submit-evaluation"));
        reviewer.waitFor(By.id("submitted-notice"));
        reviewer.pageChanged("evaluation-soumise");
        assertThat(reviewer.driver().findElements(By.id("others-hidden"))).isEmpty();
    }

    /** Places a candidacy: the place chosen by typing its first letters in the list, the motivation rewritten. */
    private static void place(Browser coordinator, String candidacyId, String place, String motivation) {
        WebElement article = coordinator.waitFor(By.cssSelector("article[data-candidacy-id='" + candidacyId + "']"));
        article.findElement(By.cssSelector("select[id$='-place']")).sendKeys(place);
        article.findElement(By.cssSelector("textarea[id$='-motivation']"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), motivation);
    }

    private static void propose(Browser coordinator, int round) {
        coordinator.pressEnterOn(By.xpath("//button[normalize-space()='Vérifier la liste avant de la proposer']"));
        coordinator.waitFor(By.id("laureates"));
        coordinator.pageChanged("liste-a-proposer-" + round);
        assertThat(coordinator.text(By.id("laureates"))).contains(LAUREATE_PTCE);
        coordinator.pressEnterOn(By.xpath("//button[normalize-space()='Proposer la liste aux réseaux']"));
        coordinator.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Liste proposée aux réseaux"));
        coordinator.pageChanged("liste-proposee-" + round);
    }

    /** The delegate opens the round from their list and approves it, or rejects it with {@code reason}. */
    private static void answer(Browser delegate, String callId, int round, String reason) {
        String roundLink = "a[href$='/validations/" + callId + "/tours/" + round + "']";
        reloadUntil(delegate, web + "/validations", By.cssSelector(roundLink), PROCESS_WAIT);
        delegate.pageChanged("validations-tour-" + round);
        delegate.pressEnterOn(By.cssSelector(roundLink));
        delegate.waitFor(By.id("proposed-list"));
        delegate.pageChanged("tour-" + round);
        assertThat(delegate.text(By.id("proposed-list"))).contains(LAUREATE_PTCE).contains(NOT_SELECTED_PTCE);
        if (reason == null) {
            delegate.pressEnterOn(By.id("approve"));
        } else {
            delegate.type(By.id("reason"), reason);
            delegate.pressEnterOn(By.id("reject"));
        }
        delegate.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Votre réponse est enregistrée"));
        delegate.pageChanged("reponse-tour-" + round);
    }

    private static boolean assignedTo(CallStory story, String reviewer, String candidacyId) {
        try {
            return api.get(PlatformService.REVIEW, "/api/review/assignments", story.token(reviewer,
                    "demo-evaluation")).body().findValuesAsText("candidacyId").contains(candidacyId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refusal page: access refused, or not found (a page that does not exist for this person). */
    private static void assertRefused(Browser browser) {
        assertThat(browser.text(By.tagName("h1"))).isIn("Accès refusé", "Page introuvable");
    }

    /** Reloads {@code url} until the element is there: the process moves on in the background. */
    private static void reloadUntil(Browser browser, String url, By element, Duration timeout) {
        await(url + " shows " + element).atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.driver().get(url);
            return !browser.driver().findElements(element).isEmpty();
        });
    }

    @Test
    @Order(5)
    void oneCallToldThroughTheApisEndsWithItsResultsEachHoldersNotificationAndItsTimeline() throws Exception {
        var outcome = new CallStory(new PlatformApi(platform::serviceUrl), RepositoryLayout.ofThisBuild().seeds())
                .tell();

        JsonNode results = outcome.results();
        assertThat(results.get("laureates")).hasSize(1);
        assertThat(results.at("/laureates/0/ptceName").asText()).startsWith("PTCE Sud Aquitaine");
        assertThat(results.at("/laureates/0/departement").asText()).isEqualTo("64");
        assertThat(results.get("reserve")).isEmpty();

        assertThat(outcome.notifications().get("laureate").get("outcome").asText()).isEqualTo("LAUREATE");
        assertThat(outcome.notifications().get("laureate").get("motivation").asText())
                .contains("territoire basque");
        assertThat(outcome.notifications().get("notSelected").get("outcome").asText()).isEqualTo("NOT_SELECTED");
        assertThat(outcome.notifications().get("incomplete").get("outcome").asText()).isEqualTo("INADMISSIBLE");
        assertThat(outcome.notifications().get("incomplete").get("motivation").asText())
                .contains("pas été reçus dans le délai");
        assertThat(outcome.notifications().get("withdrawn").get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(outcome.laureateCandidacy().get("status").asText()).isEqualTo("LAUREATE");
        assertThat(outcome.laureateCandidacy().get("outcomeMotivation").asText()).contains("territoire basque");

        assertThat(outcome.stages().findValuesAsText("outcome")).containsExactlyInAnyOrder("LAUREATE",
                "NOT_SELECTED", "INADMISSIBLE", "WITHDRAWN");
        JsonNode timeline = outcome.laureateTimeline();
        assertThat(timeline.findValuesAsText("message")).containsSubsequence("CandidacySubmitted",
                "AdmissibilityDecided", "AssignReviewers", "ReviewersAssigned", "ReviewCompleted", "ResultsDecided",
                "ResultsPublished");
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.get("message").asText()).isEqualTo("AdmissibilityDecided");
            assertThat(step.get("actor").asText()).isEqualTo(outcome.coordinatorId());
        });
        assertThat(timeline).anySatisfy(step -> {
            assertThat(step.get("message").asText()).isEqualTo("CandidacySubmitted");
            assertThat(step.get("actor").asText()).isEqualTo(outcome.laureateCandidacy().get("holderId").asText());
        });

        eachHolderIsToldByMailThroughTheMailCatcher();
        anAnonymousVisitorReadsTheResultsAndDownloadsThemAsCsv(outcome.callId());
    }

    /** The embedded default's mail catcher receives the notifications publication sends, one per holder. */
    private static void eachHolderIsToldByMailThroughTheMailCatcher() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(platform.mailCatcher().received())
                .flatExtracting(mail -> List.of(mail.getAllRecipients())).extracting(Object::toString)
                .contains("porteur.sudaquitaine@example.org", "porteur.villeurbanne@example.org",
                        "porteur.saintjean@example.org", "porteur.hautsdefrance@example.org"));
        assertThat(platform.dataDirectory().resolve("mail").toFile().list()).isNotEmpty();
    }

    /** The same results in a browser, without signing in: the page, then the open data file it links. */
    private static void anAnonymousVisitorReadsTheResultsAndDownloadsThemAsCsv(String callId) throws Exception {
        String web = platform.serviceUrl(PlatformService.WEB);
        try (var browser = new Browser("public-results")) {
            browser.open(web + "/", "appels");
            browser.pressEnterOn(By.cssSelector("a[href='/appels/" + callId + "']"));
            browser.waitFor(By.linkText("Voir les résultats"));
            browser.pageChanged("appel-clos");
            browser.pressEnterOn(By.linkText("Voir les résultats"));
            browser.waitFor(By.id("laureats"));
            browser.pageChanged("resultats");
            assertThat(browser.text(By.tagName("main"))).contains("PTCE Sud Aquitaine").contains("Département 64");
            assertThat(browser.text(By.tagName("header"))).contains("Se connecter");

            browser.pressEnterOn(By.partialLinkText("format CSV"));
            Path csv = browser.awaitDownload(".csv", Duration.ofSeconds(15));
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("liste,rang,nom_ptce,communes,departement,region,thematiques");
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).startsWith("laureat,1,PTCE Sud Aquitaine");
        }
    }
}
