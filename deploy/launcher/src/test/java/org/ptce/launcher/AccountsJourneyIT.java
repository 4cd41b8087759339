package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.ptce.identity.client.PkceSignIn;
import org.ptce.testing.MailText;

/**
 * Accounts for real people, in a real browser, with the mails read from the embedded mail catcher: a holder signs up
 * alone and starts a candidacy; a coordinator invites a reviewer, who chooses a password and lands on their (empty)
 * assignments; a disabled account can no longer sign in, and its last token dies within its lifetime.
 */
@ExtendWith(SharedPlatform.class)
class AccountsJourneyIT {

    /** The bound stated in the README: the longest an access token of the platform's clients lives. */
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    private static Platform platform;
    private static String web;

    @BeforeAll
    static void useTheSharedPlatform(Platform shared) throws Exception {
        platform = shared;
        web = platform.serviceUrl(PlatformService.WEB);
    }

    @Test
    void aNewHolderSignsUpVerifiesTheirAddressFromTheMailSignsInAndStartsACandidacy() throws Exception {
        String email = "nouvelle-porteuse-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        String password = "un verger partagé dans la vallée";
        try (var browser = new Browser("sign-up")) {
            browser.open(web + "/", "accueil");
            browser.pressEnterOn(By.linkText("Se connecter"));
            browser.waitFor(By.id("username"));
            browser.pageChanged("connexion");
            browser.pressEnterOn(By.linkText("Créer un compte"));
            browser.waitFor(By.id("displayName"));
            browser.pageChanged("inscription");

            browser.type(By.id("displayName"), "Nora Verger");
            browser.type(By.id("email"), email);
            browser.type(By.id("password"), "azerty123456");
            browser.driver().findElement(By.id("consent")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.cssSelector("button[type=submit]"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("password-error"),
                    "plus courants"));
            browser.pageChanged("mot-de-passe-refuse");
            assertThat(browser.driver().findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);

            assertThat(browser.driver().findElement(By.id("consent")).isSelected()).as("kept").isTrue();
            browser.type(By.id("password"), password);
            browser.pressEnterOn(By.cssSelector("button[type=submit]"));
            browser.waitUntil(ExpectedConditions.titleContains("Vérifiez votre messagerie"));
            browser.pageChanged("inscription-envoyee");

            browser.open(linkIn(awaitMail(email, "Confirmez votre adresse")), "confirmer-adresse");
            browser.pressEnterOn(By.cssSelector("button[type=submit]"));
            browser.waitUntil(ExpectedConditions.titleContains("Adresse confirmée"));
            browser.pageChanged("adresse-confirmee");

            browser.pressEnterOn(By.linkText("Se connecter"));
            signInAtProvider(browser, email, password);
            browser.waitFor(By.className("who"));
            browser.pageChanged("porteuse-connectee");
            assertThat(browser.text(By.className("who"))).contains("Nora Verger");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/mes-candidatures");

            browser.pressEnterOn(PageSteps.START_A_CANDIDACY_TO_THE_DEMO_CALL);
            browser.waitFor(By.id("ptceName"));
            browser.type(By.id("ptceName"), "Pôle coopératif de la vallée");
            browser.pressEnterOn(By.id("ptceName"));
            browser.waitFor(By.id("legalForm"));
            browser.pageChanged("premiere-candidature");
            assertThat(browser.driver().findElement(By.id("ptceName")).getDomProperty("value"))
                    .isEqualTo("Pôle coopératif de la vallée");
            browser.assertAccessible();
        }
    }

    @Test
    void aCoordinatorInvitesAReviewerWhoChoosesAPasswordThenDisablesTheAccount() throws Exception {
        String email = "evaluatrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        String password = "les réseaux de l'économie solidaire";
        try (var coordinator = new Browser("invitation-coordinator");
                var reviewer = new Browser("invitation-reviewer")) {
            coordinator.open(web + "/", "accueil");
            coordinator.pressEnterOn(By.linkText("Se connecter"));
            signInAtProvider(coordinator, "coordination@labo-ess.example", "demo-coordination");
            coordinator.waitUntil(ExpectedConditions.titleContains("Personnes"));
            coordinator.pageChanged("personnes");

            coordinator.pressEnterOn(By.linkText("Inviter une personne"));
            coordinator.waitFor(By.id("email"));
            coordinator.pageChanged("inviter");
            coordinator.type(By.id("email"), email);
            coordinator.type(By.id("displayName"), "Inès Réseau");
            coordinator.driver().findElement(By.cssSelector("input[name=role][value=REVIEWER]")).sendKeys(Keys.SPACE);
            new Select(coordinator.driver().findElement(By.id("network"))).selectByValue("CNCRES");
            coordinator.type(By.id("organisationSiret"), "73282932000074");
            coordinator.pressEnterOn(By.xpath("//button[normalize-space()=\"Envoyer l'invitation\"]"));
            coordinator.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Invitation envoyée"));
            coordinator.pageChanged("invitation-envoyee");
            String personPage = coordinator.driver().getCurrentUrl();

            reviewer.open(linkIn(awaitMail(email, "Invitation")), "invitation");
            assertThat(reviewer.text(By.tagName("main"))).contains("Inès Réseau").contains("CNCRES");
            reviewer.type(By.id("password"), password);
            reviewer.pressEnterOn(By.id("password"));
            reviewer.waitUntil(ExpectedConditions.titleContains("Mes évaluations"));
            reviewer.pageChanged("mes-evaluations");
            assertThat(reviewer.text(By.tagName("main")))
                    .contains("Aucune candidature ne vous est attribuée pour l'instant.");
            reviewer.assertAccessible();

            var lastToken = new PkceSignIn(platform.serviceUrl(PlatformService.IDENTITY)).signIn(email, password);
            assertThat(lastToken.tokenStatus()).isEqualTo(200);
            var claims = lastToken.accessTokenClaims();
            assertThat(Duration.ofSeconds(claims.get("exp").asLong() - claims.get("iat").asLong()))
                    .as("a disabled account's tokens stop working within this bound").isLessThanOrEqualTo(TOKEN_LIFETIME);

            coordinator.open(personPage, "personne");
            coordinator.driver().findElement(By.id("confirmed")).sendKeys(Keys.SPACE);
            coordinator.pressEnterOn(By.xpath("//button[normalize-space()='Désactiver le compte']"));
            coordinator.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Désactivé"));
            coordinator.pageChanged("compte-desactive");

            assertThat(new PkceSignIn(platform.serviceUrl(PlatformService.IDENTITY)).signIn(email, password)
                    .tokenStatus()).as("no new token").isNotEqualTo(200);
            // Signing out ends the web's session; the provider's ended with the account.
            reviewer.pressEnterOn(By.xpath("//button[normalize-space()='Se déconnecter']"));
            reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "déconnecté"));
            reviewer.open(web + "/", "deconnectee");
            reviewer.pressEnterOn(By.linkText("Se connecter"));
            signInAtProvider(reviewer, email, password);
            reviewer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Ce compte est désactivé"));
            reviewer.pageChanged("connexion-refusee");
        }
    }

    private static void signInAtProvider(Browser browser, String username, String password) {
        browser.waitFor(By.id("username"));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.pressEnterOn(By.id("password"));
    }

    /** Waits for the mail to this address whose subject says this, in the embedded mail catcher. */
    private static MimeMessage awaitMail(String address, String subject) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (MimeMessage mail : platform.mailCatcher().received()) {
                if (to(mail, address) && subjectOf(mail).contains(subject)) {
                    return mail;
                }
            }
            return null;
        }, found -> found != null);
    }

    private static String linkIn(MimeMessage mail) {
        return MailText.link(MailText.of(mail));
    }

    private static boolean to(MimeMessage mail, String address) throws MessagingException {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
    }

    private static String subjectOf(MimeMessage mail) throws MessagingException {
        return String.valueOf(mail.getSubject());
    }
}
