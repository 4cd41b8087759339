package org.ptce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.client.PkceSignIn;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.testing.KafkaTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The committee is invited, not seeded: invitations, roles, disabled accounts, and who did what. */
@IdentityServiceTest
class PeopleTests {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;
    private String coordinator;

    @BeforeEach
    void signInAsCoordinator() throws Exception {
        coordinator = new PkceSignIn(IdentityServiceTest.ISSUER)
                .signIn("coordination@labo-ess.example", "demo-coordination").accessToken();
    }

    @Test
    void anInvitedReviewerChoosesAPasswordLandsSignedInAndJoinsTheirNetwork() throws Exception {
        String email = SelfServiceTests.unique("evaluatrice");
        try (var people = KafkaTestClient.reading(IdentityTopics.PEOPLE)) {
            var invited = api("POST", "/api/people/invitations", coordinator, Map.of("email", email,
                    "displayName", "Inès Invitée", "role", "REVIEWER", "network", "UFISC",
                    "organisationSiret", "73282932000074"));
            assertThat(invited.statusCode()).isEqualTo(201);
            JsonNode person = json.readTree(invited.body());
            assertThat(person.get("status").asText()).isEqualTo("INVITED");
            String personId = person.get("personId").asText();
            assertThat(invited.headers().firstValue("Location")).hasValue(IdentityServiceTest.ISSUER + "/api/people/"
                    + personId);
            String mail = TestMailbox.awaitMail(email, 1);
            assertThat(mail).contains("Claire Morvan (coordination) vous invite").contains("évaluateur·rice du réseau UFISC");

            var invitee = new ProviderPages();
            String token = TestMailbox.token(mail);
            assertThat(invitee.get("/invitation?jeton=" + token).body()).contains("Inès Invitée");
            var accepted = invitee.submit("/invitation?jeton=" + token, "/invitation",
                    Map.of("jeton", token, "password", "mon réseau culturel préféré"));

            assertThat(ProviderPages.location(accepted))
                    .isEqualTo(IdentityServiceTest.WEB_BASE_URL + "/oauth2/authorization/platform");
            assertThat(invitee.get("/compte").statusCode()).as("signed in at the provider").isEqualTo(200);
            var announced = people.awaitRecord(record -> record.key().equals(personId));
            assertThat(KafkaTestClient.header(announced, CloudEventHeaders.TYPE))
                    .isEqualTo("org.ptce.identity.PersonRegistered.v1");
            JsonNode registered = json.readTree(announced.value());
            assertThat(registered.get("network").asText()).isEqualTo("UFISC");
            assertThat(registered.get("organisationSiret").asText()).isEqualTo("73282932000074");
            assertThat(invitee.get("/invitation?jeton=" + token).statusCode()).as("works once").isEqualTo(410);

            var history = json.readTree(api("GET", "/api/people/" + personId + "/history", coordinator, null).body());
            assertThat(history.findValuesAsText("action")).containsExactly("INVITATION_ACCEPTED", "INVITED");
            assertThat(history.get(1).get("actorName").asText()).isEqualTo("Claire Morvan (coordination)");
        }
    }

    @Test
    void anInvitationLinkExpires() throws Exception {
        String email = SelfServiceTests.unique("tardive");
        api("POST", "/api/people/invitations", coordinator, Map.of("email", email, "displayName", "Tardive",
                "role", "NETWORK_DELEGATE", "network", "MES"));
        String token = TestMailbox.token(TestMailbox.awaitMail(email, 1));
        jdbc.update("update account_links set expires_at = now() - interval '1 second' where account_id ="
                + " (select id from accounts where username = ?)", email);

        assertThat(new ProviderPages().get("/invitation?jeton=" + token).statusCode()).isEqualTo(410);
    }

    @Test
    void anInvitationIsRefusedFieldByFieldToAnAddressWithAnAccountAndToANonCoordinator() throws Exception {
        var noNetwork = api("POST", "/api/people/invitations", coordinator, Map.of("email",
                SelfServiceTests.unique("x"), "displayName", "X", "role", "REVIEWER"));
        var badSiret = api("POST", "/api/people/invitations", coordinator, Map.of("email",
                SelfServiceTests.unique("x"), "displayName", "X", "role", "REVIEWER", "network", "MES",
                "organisationSiret", "123"));
        var noEmail = api("POST", "/api/people/invitations", coordinator, Map.of("displayName", "X",
                "role", "COORDINATOR"));
        var taken = api("POST", "/api/people/invitations", coordinator, Map.of("email",
                "evaluation.mes@example.org", "displayName", "X", "role", "COORDINATOR"));
        String reviewer = new PkceSignIn(IdentityServiceTest.ISSUER).signIn("evaluation.mes@example.org",
                "demo-evaluation").accessToken();
        var byReviewer = api("POST", "/api/people/invitations", reviewer, Map.of("email",
                SelfServiceTests.unique("x"), "displayName", "X", "role", "COORDINATOR"));

        assertThat(noNetwork.statusCode()).isEqualTo(422);
        assertThat(noNetwork.body()).contains("\"field\":\"network\"");
        assertThat(badSiret.body()).contains("\"field\":\"organisationSiret\"");
        assertThat(noEmail.statusCode()).isEqualTo(400);
        assertThat(noEmail.body()).contains("\"field\":\"email\"");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(byReviewer.statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/people", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountCannotSignInLosesItsRefreshTokensAndIsAnnouncedThenComesBack() throws Exception {
        String email = "evaluation.coorace@example.org";
        String personId = jdbc.queryForObject("select id::text from accounts where username = ?", String.class,
                email);
        var web = new WebApplicationBrowser();
        String refreshToken = json.readTree(web.exchange(web.signIn(email, "demo-evaluation"),
                IdentityServiceTest.WEB_CLIENT_SECRET).body()).get("refresh_token").asText();
        try (var people = KafkaTestClient.reading(IdentityTopics.PEOPLE)) {
            var disabled = api("POST", "/api/people/" + personId + "/disable", coordinator, null);
            assertThat(json.readTree(disabled.body()).get("status").asText()).isEqualTo("DISABLED");
            var announced = people.awaitRecord(record -> record.key().equals(personId)
                    && "org.ptce.identity.PersonDisabled.v1".equals(KafkaTestClient.header(record,
                            CloudEventHeaders.TYPE)));
            assertThat(announced.value()).isNotEmpty();

            assertThat(new ProviderPages().signIn(email, "demo-evaluation")).endsWith("/login?desactive");
            assertThat(new ProviderPages().signIn(email, "wrong password")).endsWith("/login?error");
            assertThat(web.refresh(refreshToken, IdentityServiceTest.WEB_CLIENT_SECRET).statusCode()).isEqualTo(400);
            assertThat(web.authorize()).as("the provider's session ended").endsWith("/login");

            api("POST", "/api/people/" + personId + "/enable", coordinator, null);
            var again = people.awaitRecord(record -> record.key().equals(personId)
                    && record.offset() > announced.offset());
            assertThat(KafkaTestClient.header(again, CloudEventHeaders.TYPE))
                    .isEqualTo("org.ptce.identity.PersonRegistered.v1");
            assertThat(new PkceSignIn(IdentityServiceTest.ISSUER).signIn(email, "demo-evaluation").tokenStatus())
                    .isEqualTo(200);
        }
    }

    @Test
    void aCoordinatorMovesAReviewerToAnotherNetworkAndTheChangeIsAnnounced() throws Exception {
        String email = "evaluation2.rtes@example.org";
        String personId = jdbc.queryForObject("select id::text from accounts where username = ?", String.class,
                email);
        try (var people = KafkaTestClient.reading(IdentityTopics.PEOPLE)) {
            var moved = api("PUT", "/api/people/" + personId + "/role", coordinator, Map.of("role", "REVIEWER",
                    "network", "OPALE"));
            assertThat(json.readTree(moved.body()).get("network").asText()).isEqualTo("OPALE");
            var announced = people.awaitRecord(record -> record.key().equals(personId)
                    && new String(record.value()).contains("\"network\":\"OPALE\""));
            assertThat(announced.value()).isNotEmpty();
        } finally {
            api("PUT", "/api/people/" + personId + "/role", coordinator, Map.of("role", "REVIEWER",
                    "network", "RTES"));
        }
    }

    @Test
    void thePeopleOfANetworkAreListedAPageAtATimeAmongThousands() throws Exception {
        jdbc.update("""
                insert into accounts (id, username, password_hash, display_name, roles, network, enabled,
                                      failed_attempts, created_at, created_by, version, changed_at)
                select gen_random_uuid(), 'masse-' || n || '@example.net', null, 'Masse ' || lpad(n::text, 5, '0'),
                       array['REVIEWER'], 'CNCRES', true, 0, now(), 'test', 0, now()
                from generate_series(1, 3000) n
                on conflict (username) do nothing""");

        var page = json.readTree(api("GET", "/api/people?network=CNCRES&role=REVIEWER&status=INVITED&page=2&size=50",
                coordinator, null).body());

        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(3000);
        assertThat(page.get("items")).hasSize(50);
        assertThat(page.get("items").get(0).get("displayName").asText()).isEqualTo("Masse 00101");
        var found = json.readTree(api("GET", "/api/people?q=masse%2002999", coordinator, null).body());
        assertThat(found.get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aPersonDownloadsWhatTheProviderHoldsAboutThem() throws Exception {
        String holder = new PkceSignIn(IdentityServiceTest.ISSUER).signIn("delegue.cncres@example.org",
                "demo-delegue").accessToken();

        var export = json.readTree(api("GET", "/api/me/export", holder, null).body());

        assertThat(export.get("email").asText()).isEqualTo("delegue.cncres@example.org");
        assertThat(export.get("history").findValuesAsText("action")).contains("SEEDED");
        assertThat(export.has("passwordHash")).isFalse();
    }

    @Test
    void aCoordinatorDisabledMeanwhileCannotUseTheTokenTheyStillHoldToUndoIt() throws Exception {
        String email = SelfServiceTests.unique("coordinatrice");
        var invited = json.readTree(api("POST", "/api/people/invitations", coordinator, Map.of("email", email,
                "displayName", "Coordinatrice Seconde", "role", "COORDINATOR")).body());
        String personId = invited.get("personId").asText();
        String token = TestMailbox.token(TestMailbox.awaitMail(email, 1));
        new ProviderPages().submit("/invitation?jeton=" + token, "/invitation",
                Map.of("jeton", token, "password", "une coordination bien solide"));
        String theirs = new PkceSignIn(IdentityServiceTest.ISSUER).signIn(email, "une coordination bien solide")
                .accessToken();
        assertThat(api("GET", "/api/people", theirs, null).statusCode()).isEqualTo(200);

        api("POST", "/api/people/" + personId + "/disable", coordinator, null);

        assertThat(api("POST", "/api/people/" + personId + "/enable", theirs, null).statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/people", theirs, null).statusCode()).isEqualTo(403);
        String self = jdbc.queryForObject("select id::text from accounts where username = ?", String.class,
                "coordination@labo-ess.example");
        assertThat(api("POST", "/api/people/" + self + "/disable", coordinator, null).statusCode()).isEqualTo(409);
        assertThat(api("PUT", "/api/people/" + self + "/role", coordinator, Map.of("role", "HOLDER")).statusCode())
                .isEqualTo(409);
    }

    @Test
    void anIdTokenOpensNothingInTheApi() throws Exception {
        var web = new WebApplicationBrowser();
        var tokens = json.readTree(web.exchange(web.signIn("coordination@labo-ess.example", "demo-coordination"),
                IdentityServiceTest.WEB_CLIENT_SECRET).body());

        assertThat(api("GET", "/api/people", tokens.get("id_token").asText(), null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/people", tokens.get("access_token").asText(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void invitingTheAddressOfASignUpNeverVerifiedGivesItToTheInvitee() throws Exception {
        String email = SelfServiceTests.unique("squat");
        new ProviderPages().submit("/inscription", "/inscription", Map.of("displayName", "Quelqu'un d'autre",
                "email", email, "password", "le mot de passe du squatteur", "consent", "true"));
        String squatterLink = TestMailbox.token(TestMailbox.awaitMail(email, 1));

        var invited = api("POST", "/api/people/invitations", coordinator, Map.of("email", email,
                "displayName", "La Vraie Personne", "role", "NETWORK_DELEGATE", "network", "UFISC"));

        assertThat(invited.statusCode()).isEqualTo(201);
        assertThat(new ProviderPages().submit("/login", "/inscription/confirmer", Map.of("jeton", squatterLink))
                .statusCode()).as("the sign-up's link is void").isEqualTo(410);
        assertThat(new ProviderPages().signIn(email, "le mot de passe du squatteur")).endsWith("/login?error");
        String invitation = TestMailbox.token(TestMailbox.awaitMail(email, 2));
        assertThat(new ProviderPages().get("/invitation?jeton=" + invitation).body()).contains("La Vraie Personne");
    }

    @Test
    void aNameWithAControlCharacterIsRefusedAtItsField() throws Exception {
        var withNul = api("POST", "/api/people/invitations", coordinator, Map.of("email",
                SelfServiceTests.unique("nul"), "displayName", "Nom\u0000Nul", "role", "COORDINATOR"));
        var withBreak = api("POST", "/api/people/invitations", coordinator, Map.of("email",
                SelfServiceTests.unique("nul"), "displayName", "Nom\nhttp://ailleurs.example", "role", "COORDINATOR"));
        var search = api("GET", "/api/people?q=%00", coordinator, null);

        assertThat(withNul.statusCode()).isEqualTo(400);
        assertThat(withNul.body()).contains("\"field\":\"displayName\"");
        assertThat(withBreak.statusCode()).isEqualTo(400);
        assertThat(search.statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> api(String method, String path, String token, Object body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(IdentityServiceTest.ISSUER + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
