package org.ptce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.client.PkceSignIn;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.testing.KafkaTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing in through the browser flow, what the tokens say of the person, and who is told of the people. */
@IdentityServiceTest
class SignInTests {

    private static final String ISSUER = IdentityServiceTest.ISSUER;
    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordChecks passwordChecks;

    @Test
    void aReviewerGetsATokenWithTheirRoleNetworkAndAccountId() throws Exception {
        var result = new PkceSignIn(ISSUER).signIn("evaluation.mes@example.org", "demo-evaluation");

        assertThat(result.tokenStatus()).isEqualTo(200);
        JsonNode claims = result.accessTokenClaims();
        assertThat(claims.get("iss").asText()).isEqualTo(ISSUER);
        assertThat(claims.get("roles")).extracting(JsonNode::asText).containsExactly("REVIEWER");
        assertThat(claims.get("network").asText()).isEqualTo("MES");
        assertThat(UUID.fromString(claims.get("sub").asText())).isEqualTo(jdbc.queryForObject(
                "select id from accounts where username = ?", UUID.class, "evaluation.mes@example.org"));
        assertThat(claims.get("name").asText()).isEqualTo("Alain Coste (MES)");
        assertThat(claims.get("aud").toString()).contains("ptce-cli");
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(result.accessToken().split("\\.")[0]));
        assertThat(header.get("typ").asText()).as("typed as an access token (RFC 9068)").isEqualTo("at+jwt");
    }

    @Test
    void everyAccountIsAnnouncedOnceWithItsRolesAndNetwork() throws Exception {
        String reviewerId = jdbc.queryForObject("select id from accounts where username = ?", String.class,
                "evaluation.ufisc@example.org");

        try (var people = KafkaTestClient.reading(IdentityTopics.PEOPLE)) {
            var announcement = people.awaitRecord(record -> reviewerId.equals(record.key()), Duration.ofSeconds(30));

            JsonNode person = json.readTree(announcement.value());
            assertThat(KafkaTestClient.header(announcement, CloudEventHeaders.TYPE))
                    .isEqualTo("org.ptce.identity.PersonRegistered.v1");
            assertThat(person.get("displayName").asText()).isEqualTo("Léa Dumas (UFISC)");
            assertThat(person.get("roles")).extracting(JsonNode::asText).containsExactly("REVIEWER");
            assertThat(person.get("network").asText()).isEqualTo("UFISC");
            assertThat(person.get("email").asText()).isEqualTo("evaluation.ufisc@example.org");
            assertThat(people.readFor(Duration.ofSeconds(1))).filteredOn(record -> reviewerId.equals(record.key()))
                    .hasSize(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from accounts where announced_at is null"
                + " and email_verified_at is not null and password_hash is not null and disabled_at is null",
                Integer.class))
                .isZero();
    }

    @Test
    void aCoordinatorHasNoNetwork() throws Exception {
        var claims = new PkceSignIn(ISSUER).signIn("coordination@labo-ess.example", "demo-coordination")
                .accessTokenClaims();

        assertThat(claims.get("roles")).extracting(JsonNode::asText).containsExactly("COORDINATOR");
        assertThat(claims.has("network")).isFalse();
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        var result = new PkceSignIn(ISSUER).signIn("porteur.villeurbanne@example.org", "guess");

        assertThat(result.signInFailure()).isEqualTo("sign-in refused");
        assertThat(result.tokens()).isNull();
    }

    @Test
    void anUnknownUsernameIsRefusedExactlyAsAWrongPasswordIs() throws Exception {
        var unknown = new PkceSignIn(ISSUER).signIn("personne.inconnue@example.org", "guess");
        var wrongPassword = new PkceSignIn(ISSUER).signIn("porteur.villeurbanne@example.org", "guess");

        assertThat(unknown.signInFailure()).isEqualTo("sign-in refused");
        assertThat(unknown).isEqualTo(wrongPassword);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = "porteur.hautsdefrance@example.org";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new PkceSignIn(ISSUER).signIn(username, "wrong " + attempt).signInFailure()).isNotNull();
        }

        assertThat(new PkceSignIn(ISSUER).signIn(username, "demo-porteur").signInFailure())
                .isEqualTo("sign-in refused");
        assertThat(new PkceSignIn(ISSUER).signIn("porteur.saintjean@example.org", "demo-porteur").tokenStatus())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select locked_until > now() from accounts where username = ?",
                Boolean.class, username)).isTrue();
    }

    @Test
    void guessesSentTogetherTakeTurnsAndAllCountTowardsTheLock() throws Exception {
        String username = "porteur.sudaquitaine@example.org";
        passwordChecks.reset();
        var guessers = Executors.newFixedThreadPool(8);
        try {
            List<Future<PkceSignIn.Result>> guesses = new ArrayList<>();
            for (int guess = 0; guess < 8; guess++) {
                String password = "guess " + guess;
                guesses.add(guessers.submit(() -> new PkceSignIn(ISSUER).signIn(username, password)));
            }
            for (var guess : guesses) {
                assertThat(guess.get(1, TimeUnit.MINUTES).signInFailure()).isEqualTo("sign-in refused");
            }
        } finally {
            guessers.shutdownNow();
        }

        // One at a time: each guess sees the failures counted before it (and the lock the fifth one set).
        assertThat(passwordChecks.mostAtOnce()).isEqualTo(1);
        assertThat(new PkceSignIn(ISSUER).signIn(username, "demo-porteur").signInFailure())
                .isEqualTo("sign-in refused");
        assertThat(jdbc.queryForObject("select locked_until > now() from accounts where username = ?",
                Boolean.class, username)).isTrue();
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(jdbc.queryForList("select password_hash from accounts where password_hash is not null", String.class))
                .isNotEmpty()
                .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2"));
    }

    @Test
    void publishesItsDiscoveryDocumentAndKeys() throws Exception {
        var http = HttpClient.newHttpClient();
        var discovery = json.readTree(http.send(HttpRequest.newBuilder(
                        URI.create(ISSUER + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        var keys = json.readTree(http.send(HttpRequest.newBuilder(URI.create(discovery.get("jwks_uri").asText()))
                .build(), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(discovery.get("issuer").asText()).isEqualTo(ISSUER);
        assertThat(keys.get("keys")).isNotEmpty();
        assertThat(keys.get("keys").get(0).has("d")).as("no private part published").isFalse();
    }

    @Test
    void crossOriginCallsComeOnlyFromThePlatformsOwnPages() throws Exception {
        var http = HttpClient.newHttpClient();
        HttpRequest.Builder preflight = HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST");

        var ours = http.send(preflight.copy().header("Origin", "http://localhost:8081").build(),
                HttpResponse.BodyHandlers.discarding());
        var foreign = http.send(preflight.copy().header("Origin", "https://evil.example").build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(ours.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8081");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInPageKeepsItsSessionAndReferrerToThisSite() throws Exception {
        var page = new ProviderPages().get("/login");

        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("PTCE_IDENTITY"))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax", "HttpOnly"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void everythingElseIsRefused() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ISSUER + "/anything"))
                .build(), HttpResponse.BodyHandlers.discarding());

        // Anonymous: sent to sign in; nothing is served.
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
