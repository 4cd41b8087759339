package org.ptce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ptce.identity.client.PkceSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A holder signs up alone, proves their address, forgets their password: each link works once, for a while. */
@IdentityServiceTest
class SelfServiceTests {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHolderSignsUpProvesTheirAddressThenSignsIn() throws Exception {
        String email = unique("porteuse");
        var browser = new ProviderPages();

        var signedUp = signUp(browser, email, "Nadia Porteuse", "un jardin partagé au bord du canal");

        assertThat(signedUp.statusCode()).isEqualTo(302);
        assertThat(ProviderPages.location(signedUp)).endsWith("/inscription/envoye");
        assertThat(browser.signIn(email, "un jardin partagé au bord du canal"))
                .as("no sign-in before the address is proven; a new link is sent").endsWith("/login?verification");
        String token = TestMailbox.token(TestMailbox.awaitMail(email, 2));

        assertThat(browser.get("/inscription/confirmer?jeton=" + token).body())
                .as("opening the link asks to confirm: a mail filter opening it uses nothing")
                .contains("Confirmer mon adresse");
        assertThat(confirm(browser, token).body()).contains("Votre compte est actif");

        var tokens = new PkceSignIn(IdentityServiceTest.ISSUER).signIn(email, "un jardin partagé au bord du canal");
        assertThat(tokens.tokenStatus()).isEqualTo(200);
        assertThat(tokens.accessTokenClaims().get("roles").toString()).isEqualTo("[\"HOLDER\"]");
        assertThat(jdbc.queryForObject("select announced_at is not null from accounts where username = ?",
                Boolean.class, email)).as("announced to the other services once verified").isTrue();
    }

    @Test
    void aVerificationLinkWorksOnceAndNotAfterItExpired() throws Exception {
        var browser = new ProviderPages();
        String used = unique("une-fois");
        signUp(browser, used, "Une Fois", "une phrase assez longue pour passer");
        String token = TestMailbox.token(TestMailbox.awaitMail(used, 1));
        assertThat(confirm(browser, token).statusCode()).isEqualTo(200);

        assertThat(confirm(browser, token).statusCode()).as("used already").isEqualTo(410);
        assertThat(browser.get("/inscription/confirmer?jeton=" + token).statusCode()).isEqualTo(410);

        String late = unique("trop-tard");
        signUp(browser, late, "Trop Tard", "une phrase assez longue pour passer");
        String lateToken = TestMailbox.token(TestMailbox.awaitMail(late, 1));
        jdbc.update("update account_links set expires_at = ? where account_id = (select id from accounts"
                + " where username = ?)", Timestamp.from(Instant.now().minusSeconds(1)), late);
        assertThat(confirm(browser, lateToken).statusCode()).as("expired").isEqualTo(410);
        assertThat(confirm(browser, "not-a-token").statusCode()).isEqualTo(410);
        assertThat(jdbc.queryForObject("select email_verified_at is null from accounts where username = ?",
                Boolean.class, late)).isTrue();
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountAnswersTheSameAndTellsOnlyItsOwner() throws Exception {
        String known = "porteur.villeurbanne@example.org";
        String unknown = unique("inconnue");
        long accountsBefore = accounts();

        var forKnown = signUp(new ProviderPages(), known, "Quelqu'un", "une autre phrase bien longue");
        var forUnknown = signUp(new ProviderPages(), unknown, "Quelqu'un", "une autre phrase bien longue");

        assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode());
        assertThat(ProviderPages.location(forKnown)).isEqualTo(ProviderPages.location(forUnknown));
        assertThat(forKnown.body()).isEqualTo(forUnknown.body());
        assertThat(TestMailbox.awaitMail(known, 1)).contains("Vous en avez déjà un");
        assertThat(accounts()).isEqualTo(accountsBefore + 1);
        assertThat(new PkceSignIn(IdentityServiceTest.ISSUER).signIn(known, "demo-porteur").tokenStatus())
                .as("the owner's password is untouched").isEqualTo(200);
    }

    @Test
    void aPasswordTooShortOrTooCommonIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        String email = unique("faible");

        var tooShort = signUp(new ProviderPages(), email, "Mot Faible", "court");
        var tooCommon = signUp(new ProviderPages(), email, "Mot Faible", "qwerty123456");
        var noConsent = new ProviderPages().submit("/inscription", "/inscription", Map.of("displayName", "Sans",
                "email", email, "password", "une phrase assez longue pour passer"));

        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("id=\"password-error\"").contains("au moins 12 caractères")
                .contains("value=\"" + email + "\"");
        assertThat(tooCommon.body()).contains("plus courants");
        assertThat(noConsent.body()).contains("id=\"consent-error\"").contains("Cochez cette case");
        assertThat(jdbc.queryForObject("select count(*) from accounts where username = ?", Long.class, email))
                .isZero();
    }

    @Test
    void aForgottenPasswordGetsTheSameAnswerForAnyAddressAndALinkThatWorksOnce() throws Exception {
        String email = unique("oubli");
        var holder = new ProviderPages();
        signUp(holder, email, "Oubli Tout", "la première phrase de passe");
        confirm(holder, TestMailbox.token(TestMailbox.awaitMail(email, 1)));
        var earlier = new WebApplicationBrowser();
        String refreshToken = json.readTree(earlier.exchange(earlier.signIn(email, "la première phrase de passe"),
                IdentityServiceTest.WEB_CLIENT_SECRET).body()).get("refresh_token").asText();

        var forKnown = forgot(new ProviderPages(), email);
        var forUnknown = forgot(new ProviderPages(), unique("personne"));
        assertThat(ProviderPages.location(forKnown)).isEqualTo(ProviderPages.location(forUnknown));
        assertThat(forKnown.body()).isEqualTo(forUnknown.body());

        String token = TestMailbox.token(TestMailbox.awaitMail(email, 2));
        var reset = new ProviderPages();
        var changed = reset.submit("/mot-de-passe/nouveau?jeton=" + token, "/mot-de-passe/nouveau",
                Map.of("jeton", token, "password", "la nouvelle phrase de passe"));
        assertThat(changed.body()).contains("Votre mot de passe est changé");

        assertThat(reset.get("/mot-de-passe/nouveau?jeton=" + token).statusCode()).as("works once").isEqualTo(410);
        assertThat(earlier.refresh(refreshToken, IdentityServiceTest.WEB_CLIENT_SECRET).statusCode())
                .as("the sessions opened with the old password are over").isEqualTo(400);
        assertThat(earlier.authorize()).as("the provider's session too").endsWith("/login");
        assertThat(new ProviderPages().signIn(email, "la première phrase de passe")).endsWith("/login?error");
        assertThat(new PkceSignIn(IdentityServiceTest.ISSUER).signIn(email, "la nouvelle phrase de passe")
                .tokenStatus()).isEqualTo(200);
    }

    @Test
    void aResetLinkExpiresWithinAnHour() throws Exception {
        String email = "porteur.saintjean@example.org";
        forgot(new ProviderPages(), email);
        String token = TestMailbox.token(TestMailbox.awaitMail(email, TestMailbox.to(email).size() + 1));
        var lifetime = jdbc.queryForObject("select extract(epoch from expires_at - created_at) from account_links"
                + " where account_id = (select id from accounts where username = ?) and purpose = 'RESET_PASSWORD'"
                + " order by created_at desc limit 1", Double.class, email);
        assertThat(lifetime).isLessThanOrEqualTo(3600);

        jdbc.update("update account_links set expires_at = now() - interval '1 second' where purpose ="
                + " 'RESET_PASSWORD' and account_id = (select id from accounts where username = ?)", email);
        assertThat(new ProviderPages().get("/mot-de-passe/nouveau?jeton=" + token).statusCode()).isEqualTo(410);
    }

    @Test
    void aPersonChangesTheirNameAndPasswordOnTheirAccountPageAndDownloadsTheirData() throws Exception {
        String email = unique("compte");
        var browser = new ProviderPages();
        signUp(browser, email, "Camille Compte", "la première phrase de passe");
        confirm(browser, TestMailbox.token(TestMailbox.awaitMail(email, 1)));
        var elsewhere = new ProviderPages();
        elsewhere.signIn(email, "la première phrase de passe");
        assertThat(browser.signIn(email, "la première phrase de passe")).doesNotContain("/login?");

        assertThat(browser.get("/compte").body()).contains("Camille Compte").contains(email);
        var renamed = browser.submit("/compte", "/compte/nom", Map.of("displayName", "Camille Nouveau-Nom"));
        assertThat(ProviderPages.location(renamed)).endsWith("/compte");
        var wrongCurrent = browser.submit("/compte", "/compte/mot-de-passe", Map.of("currentPassword", "pas le bon",
                "newPassword", "la deuxième phrase de passe"));
        assertThat(wrongCurrent.body()).contains("id=\"currentPassword-error\"")
                .contains("Ce n&#39;est pas votre mot de passe actuel.");
        var changed = browser.submit("/compte", "/compte/mot-de-passe", Map.of("currentPassword",
                "la première phrase de passe", "newPassword", "la deuxième phrase de passe"));
        assertThat(ProviderPages.location(changed)).endsWith("/compte");

        assertThat(browser.get("/compte").statusCode()).as("this session goes on").isEqualTo(200);
        assertThat(elsewhere.get("/compte").statusCode()).as("the others end").isEqualTo(302);
        var export = browser.download("/compte/donnees.json");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        var data = json.readTree(export.body());
        assertThat(data.get("displayName").asText()).isEqualTo("Camille Nouveau-Nom");
        assertThat(data.get("history").findValuesAsText("action"))
                .containsExactly("PASSWORD_CHANGED", "NAME_CHANGED", "VERIFIED", "SIGNED_UP");
        assertThat(export.body()).doesNotContain("bcrypt");
    }

    @Test
    void signingUpAgainBeforeVerifyingVoidsTheEarlierLinkWhichWouldSetTheEarlierPassword() throws Exception {
        String email = unique("deux-fois");
        signUp(new ProviderPages(), email, "Camille Un", "la phrase de la première fois");
        String first = TestMailbox.token(TestMailbox.awaitMail(email, 1));
        signUp(new ProviderPages(), email, "Camille Deux", "la phrase de la seconde fois");
        String second = TestMailbox.token(TestMailbox.awaitMail(email, 2));

        assertThat(confirm(new ProviderPages(), first).statusCode()).isEqualTo(410);
        assertThat(confirm(new ProviderPages(), second).statusCode()).isEqualTo(200);
        assertThat(new ProviderPages().signIn(email, "la phrase de la première fois")).endsWith("/login?error");
        assertThat(new PkceSignIn(IdentityServiceTest.ISSUER).signIn(email, "la phrase de la seconde fois")
                .tokenStatus()).isEqualTo(200);
    }

    @Test
    void controlCharactersInANameOrAnAddressAreRefusedNotStored() throws Exception {
        var nameWithNul = signUp(new ProviderPages(), unique("nul"), "Nom\u0000Nul", "une phrase assez longue");
        var addressWithNul = signUp(new ProviderPages(), "nul\u0000" + unique("x"), "Nom", "une phrase assez longue");

        assertThat(nameWithNul.statusCode()).isEqualTo(200);
        assertThat(nameWithNul.body()).contains("id=\"displayName-error\"").contains("caractère de contrôle");
        assertThat(addressWithNul.statusCode()).isEqualTo(200);
        assertThat(addressWithNul.body()).containsPattern("id=\"email-error\">[^<]+</p>");
        assertThat(new ProviderPages().signIn("evaluation.mes\u0000@example.org", "wrong")).endsWith("/login?error");
    }

    @Test
    void aPasswordChangeWithoutTheCurrentPasswordIsRefusedAtItsField() throws Exception {
        String email = unique("sans-actuel");
        var browser = new ProviderPages();
        signUp(browser, email, "Sans Actuel", "la première phrase de passe");
        confirm(browser, TestMailbox.token(TestMailbox.awaitMail(email, 1)));
        browser.signIn(email, "la première phrase de passe");

        var refused = browser.submit("/compte", "/compte/mot-de-passe",
                Map.of("newPassword", "la deuxième phrase de passe"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"currentPassword-error\"");
    }

    @Test
    void theAccountPageNeedsASignedInPerson() throws Exception {
        var anonymous = new ProviderPages();
        assertThat(ProviderPages.location(anonymous.get("/compte"))).endsWith("/login");
        assertThat(anonymous.post("/compte/nom", Map.of("displayName", "Personne")).statusCode())
                .as("no CSRF token, no session").isEqualTo(403);
    }

    private HttpResponse<String> signUp(ProviderPages browser, String email, String name, String password)
            throws Exception {
        return browser.submit("/inscription", "/inscription", Map.of("displayName", name, "email", email,
                "password", password, "consent", "true"));
    }

    private static HttpResponse<String> confirm(ProviderPages browser, String token) throws Exception {
        return browser.submit("/login", "/inscription/confirmer", Map.of("jeton", token));
    }

    private static HttpResponse<String> forgot(ProviderPages browser, String email) throws Exception {
        return browser.submit("/mot-de-passe-oublie", "/mot-de-passe-oublie", Map.of("email", email));
    }

    private long accounts() {
        return jdbc.queryForObject("select count(*) from accounts", Long.class);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }
}
