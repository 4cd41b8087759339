package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The holder's journey in a real browser (headless Chromium), with the keyboard, against the web application and
 * the services running as separate processes on a real broker and database: from the home page to a submitted
 * candidacy with its members and a document, and the refusals a holder meets on the way, in French at their field.
 * Every page visited is checked by axe-core and saved as a screenshot under {@code target/screenshots}.
 */
@ExtendWith(SharedPlatform.class)
class HolderJourneyIT {

    private static final String HOLDER = "porteur.hautsdefrance@example.org";
    private static final String OTHER_HOLDER = "porteur.sudaquitaine@example.org";
    private static final String PASSWORD = "demo-porteur";

    private static Platform platform;
    private static String web;

    @BeforeAll
    static void useTheSharedPlatform(Platform shared) throws Exception {
        platform = shared;
        web = platform.serviceUrl(PlatformService.WEB);
    }

    @Test
    void aHolderTakesACandidacyFromABlankDraftToSubmittedWithTheKeyboard() throws Exception {
        try (var browser = new Browser("holder-journey")) {
            browser.open(web + "/", "accueil");
            assertThat(browser.tab().getText()).isEqualTo("Aller au contenu");
            assertThat(browser.text(By.tagName("main"))).contains("AMI PTCE 2027");

            PageSteps.signIn(browser, web, HOLDER, PASSWORD);
            assertThat(browser.text(By.className("who"))).contains("Élodie Lefebvre").contains("porteur de projet");

            browser.pressEnterOn(By.linkText("Mes candidatures"));
            browser.waitUntil(ExpectedConditions.titleContains("Mes candidatures"));
            browser.pageChanged("mes-candidatures");
            assertThat(browser.text(By.tagName("main"))).contains("Soumise, recevabilité en cours d'examen");

            browser.pressEnterOn(PageSteps.START_A_CANDIDACY_TO_THE_DEMO_CALL);
            browser.waitFor(By.id("ptceName"));
            browser.pageChanged("nouvelle-candidature");
            browser.type(By.id("ptceName"), "Pôle ESS du Valenciennois");
            browser.pressEnterOn(By.id("ptceName"));

            browser.waitFor(By.id("legalForm"));
            browser.pageChanged("dossier-vierge");
            String dossier = browser.driver().getCurrentUrl();
            assertThat(met(browser, "AT_LEAST_THREE_MEMBERS")).isFalse();

            String saved = savedAt(browser);
            browser.type(By.id("legalForm"), "Association loi 1901");
            browser.driver().findElement(By.cssSelector("input[name=privateLawEntity][value=true]"))
                    .sendKeys(Keys.SPACE);
            browser.driver().findElement(By.cssSelector("input[name=alreadySupportedByState][value=false]"))
                    .sendKeys(Keys.SPACE);
            browser.type(By.id("departement"), "59");
            awaitSavedSince(browser, saved);

            // Saved as typed: a reload shows it all again.
            browser.driver().navigate().refresh();
            browser.waitFor(By.id("legalForm"));
            browser.pageChanged("dossier-recharge");
            assertThat(browser.driver().findElement(By.id("legalForm")).getDomProperty("value"))
                    .isEqualTo("Association loi 1901");
            assertThat(browser.driver().findElement(By.id("departement")).getDomProperty("value")).isEqualTo("59");
            assertThat(browser.driver().findElement(By.cssSelector("input[name=privateLawEntity][value=true]"))
                    .isSelected()).isTrue();

            // A SIRET whose checksum is wrong is refused as typed, in French, at its field.
            saved = savedAt(browser);
            PageSteps.member(browser, 0, "Coopérative Solidarité Nord", "Entreprise de l", "12345678901234");
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("err-members-0-siret"),
                    "Ce SIRET n'existe pas"));
            assertThat(browser.text(By.id("save-status"))).contains("Non enregistré");
            browser.pageChanged("siret-refuse");
            WebElement siret = browser.driver().findElement(By.id("members-0-siret"));
            siret.sendKeys(Keys.chord(Keys.CONTROL, "a"), "49154144683255");
            browser.waitUntil(ExpectedConditions.textToBe(By.id("err-members-0-siret"), ""));
            awaitSavedSince(browser, saved);

            PageSteps.addMember(browser);
            PageSteps.member(browser, 1, "Menuiserie Dufour SARL", "Entreprise h", "53676275591306");
            PageSteps.addMember(browser);
            saved = savedAt(browser);
            PageSteps.member(browser, 2, "Communauté d'agglomération de Valenciennes", "Coll", "57481466912494");
            awaitSavedSince(browser, saved);
            browser.waitUntil(driver -> met(browser, "AT_LEAST_THREE_MEMBERS"));
            assertThat(met(browser, "AN_ESS_ENTERPRISE")).isTrue();
            assertThat(met(browser, "ANOTHER_ARTICLE_9_ACTOR")).isTrue();
            browser.pageChanged("membres");

            // The network drops while typing: nothing is lost, it is saved when it comes back.
            saved = savedAt(browser);
            browser.offline(true);
            browser.type(By.id("cooperationStrategy"), "Mutualiser un atelier de réemploi entre les membres.");
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"),
                    "Connexion perdue"));
            browser.offline(false);
            awaitSavedSince(browser, saved);
            saved = savedAt(browser);
            browser.type(By.id("objectives"), "Quarante emplois d'insertion en trois ans.");
            browser.type(By.id("themes"), "réemploi, insertion");
            awaitSavedSince(browser, saved);

            // The session ends while typing: signing in again brings the typing back, and it is saved.
            browser.driver().manage().deleteCookieNamed("PTCE_WEB_SESSION");
            browser.driver().manage().deleteCookieNamed("PTCE_IDENTITY_SESSION");
            // Typed as one input event: keystrokes slowed down by a busy machine would let the autosave (800 ms after
            // the last one) find the session gone mid-word, and the page leave for the sign-in under the typing.
            ((JavascriptExecutor) browser.driver()).executeScript("const field = document.getElementById('indicators');"
                    + " field.focus(); field.value = arguments[0];"
                    + " field.dispatchEvent(new Event('input', {bubbles: true}));", "Emplois créés, tonnes réemployées.");
            browser.waitFor(By.id("password"));
            browser.type(By.id("username"), HOLDER);
            browser.type(By.id("password"), PASSWORD);
            browser.pressEnterOn(By.id("password"));
            browser.waitFor(By.id("indicators"));
            browser.waitUntil(driver -> "Emplois créés, tonnes réemployées.".equals(
                    driver.findElement(By.id("indicators")).getDomProperty("value"))
                    && browser.text(By.id("save-status")).contains("Enregistré à"));
            browser.pageChanged("saisie-reprise");
            browser.driver().navigate().refresh();
            assertThat(browser.waitFor(By.id("indicators")).getDomProperty("value"))
                    .isEqualTo("Emplois créés, tonnes réemployées.");

            // Documents: a refused type and a refused size are said at the file field, the label stays.
            Path files = Files.createDirectories(browser.downloads().resolveSibling("uploads-holder-journey"));
            upload(browser, "Statuts de la structure porteuse", Files.write(files.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N',
                    'G', 13, 10, 26, 10}));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("err-document-file"),
                    "Seuls les documents PDF sont acceptés."));
            assertThat(browser.driver().findElement(By.id("document-label")).getDomProperty("value"))
                    .isEqualTo("Statuts de la structure porteuse");
            browser.pageChanged("document-refuse");
            upload(browser, null, pdf(files.resolve("trop-gros.pdf"), 11 * 1024 * 1024));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("err-document-file"),
                    "Le fichier dépasse 10 Mo"));
            upload(browser, null, pdf(files.resolve("statuts.pdf"), 40_000));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                    "Document ajouté : statuts.pdf"));
            assertThat(browser.text(By.cssSelector("#documents table"))).contains("Statuts de la structure porteuse")
                    .contains("statuts.pdf");
            assertThat(browser.text(By.className("missing-documents"))).doesNotContain("Statuts de la structure");
            browser.pageChanged("document-ajoute");

            // Submitting: what is missing, a confirmation, then the receipt.
            browser.pressEnterOn(By.xpath("//button[normalize-space()='Vérifier et soumettre']"));
            browser.waitUntil(ExpectedConditions.titleContains("Soumettre"));
            browser.pageChanged("verification");
            assertThat(browser.text(By.tagName("main"))).contains("Budget prévisionnel sur trois ans");
            browser.pressEnterOn(By.xpath("//button[normalize-space()='Soumettre la candidature']"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("err-confirmed"),
                    "Cochez la case"));
            browser.pageChanged("confirmation-manquante");
            browser.driver().findElement(By.id("confirmed")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.xpath("//button[normalize-space()='Soumettre la candidature']"));
            browser.waitFor(By.id("submitted-at"));
            browser.pageChanged("recepisse");
            assertThat(browser.text(By.id("submitted-at")))
                    .matches("(1er|\\d{1,2}) \\p{L}+ \\d{4} à \\d{1,2} h \\d{2}");

            browser.driver().get(dossier);
            browser.waitFor(By.id("status"));
            browser.pageChanged("candidature-soumise");
            assertThat(browser.text(By.id("status"))).isEqualTo("Soumise, recevabilité en cours d'examen");

            browser.pressEnterOn(By.xpath("//button[normalize-space()='Se déconnecter']"));
            browser.waitFor(By.linkText("Se connecter"));
            browser.pageChanged("deconnecte");
            // Signed out at the provider too: a holder's page asks for the password again.
            browser.driver().get(web + "/mes-candidatures");
            browser.waitFor(By.id("password"));
        }
    }

    @Test
    void anotherHoldersCandidacyIsNotFoundAndAnExpiredSessionComesBackWhereItWas() throws Exception {
        var api = new PlatformApi(platform::serviceUrl);
        String othersCandidacy = api.get(PlatformService.APPLICATIONS, "/api/candidacies",
                api.signIn(OTHER_HOLDER, PASSWORD)).body().get(0).get("id").asText();

        try (var browser = new Browser("another-holder")) {
            PageSteps.signIn(browser, web, HOLDER, PASSWORD);

            browser.open(web + "/candidatures/" + othersCandidacy, "candidature-d-un-autre");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page introuvable");
            assertThat(browser.text(By.tagName("main"))).doesNotContain(othersCandidacy);

            // The session ends (here and at the provider): the next page asks to sign in, then comes back.
            // Cookies ignore ports: both sessions' cookies are localhost's.
            browser.driver().manage().deleteCookieNamed("PTCE_WEB_SESSION");
            browser.driver().manage().deleteCookieNamed("PTCE_IDENTITY_SESSION");
            browser.driver().get(web + "/mes-candidatures");
            browser.waitFor(By.id("password"));
            browser.pageChanged("connexion-apres-expiration");
            browser.type(By.id("username"), HOLDER);
            browser.type(By.id("password"), PASSWORD);
            browser.pressEnterOn(By.id("password"));
            browser.waitUntil(ExpectedConditions.titleContains("Mes candidatures"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(web + "/mes-candidatures");
        }
    }

    private static void upload(Browser browser, String label, Path file) {
        if (label != null) {
            browser.type(By.id("document-label"), label);
        }
        browser.driver().findElement(By.id("document-file")).sendKeys(file.toAbsolutePath().toString());
        browser.pressEnterOn(By.xpath("//button[normalize-space()='Ajouter le document']"));
    }

    /** Waits until the draft has been saved again since {@code before} (the save's time, to the millisecond). */
    private static void awaitSavedSince(Browser browser, String before) {
        browser.waitUntil(driver -> browser.text(By.id("save-status")).contains("Enregistré à")
                && !savedAt(browser).equals(before));
    }

    private static String savedAt(Browser browser) {
        var times = browser.driver().findElements(By.cssSelector("#save-status time"));
        return times.isEmpty() ? "" : times.get(0).getDomAttribute("datetime");
    }

    private static boolean met(Browser browser, String rule) {
        return "true".equals(browser.driver().findElement(By.cssSelector("#eligibility li[data-rule=" + rule + "]"))
                .getDomAttribute("data-met"));
    }

    /** A PDF of about {@code size} bytes: the service checks its type and its signature. */
    private static Path pdf(Path file, int size) throws IOException {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, content, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, content, size - tail.length, tail.length);
        return Files.write(file, content);
    }
}
