package org.ptce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The web application's confidential client: its sign-ins, its refreshes, and the sign-out it sends people to, which
 * ends their session at the provider and brings them back to the web application.
 */
@IdentityServiceTest
class WebApplicationClientTests {

    private static final String SECRET = IdentityServiceTest.WEB_CLIENT_SECRET;
    private static final String ISSUER = IdentityServiceTest.ISSUER;
    private static final ObjectMapper json = new ObjectMapper();

    private final WebApplicationBrowser browser = new WebApplicationBrowser();

    @Test
    void theWebApplicationGetsShortLivedTokensForItselfWithItsSecret() throws Exception {
        var response = browser.exchange(browser.signIn("delegue.rtes@example.org", "demo-delegue"), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = json.readTree(response.body());
        assertThat(tokens.get("expires_in").asLong()).as("15 minutes").isBetween(890L, 900L);
        assertThat(tokens.hasNonNull("refresh_token")).isTrue();
        assertThat(tokens.hasNonNull("id_token")).isTrue();
        JsonNode claims = claims(tokens.get("access_token").asText());
        // One audience is written as a string (RFC 7519 §4.1.3).
        assertThat(claims.get("aud").asText()).isEqualTo("ptce-web");
        assertThat(claims.get("roles")).extracting(JsonNode::asText).containsExactly("NETWORK_DELEGATE");
        assertThat(claims.get("network").asText()).isEqualTo("RTES");
    }

    @Test
    void aWrongSecretOrNoneGetsNoTokenAndLeavesTheCodeUnspent() throws Exception {
        String code = browser.signIn("delegue.mes@example.org", "demo-delegue");

        var wrong = browser.exchange(code, SECRET + "x");
        var asPublicClient = browser.exchange(code, null);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrong.body()).get("error").asText()).isEqualTo("invalid_client");
        assertThat(asPublicClient.statusCode()).isEqualTo(401);
        assertThat(browser.exchange(code, SECRET).statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeSpentTwiceIsRefusedAndRevokesTheTokensItGave() throws Exception {
        String code = browser.signIn("delegue.rtes@example.org", "demo-delegue");
        JsonNode tokens = tokens(browser.exchange(code, SECRET));
        String accessToken = tokens.get("access_token").asText();
        assertThat(introspect(accessToken).get("active").asBoolean()).isTrue();

        var replay = browser.exchange(code, SECRET);

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(json.readTree(replay.body()).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(introspect(accessToken).get("active").asBoolean()).isFalse();
    }

    @Test
    void theUserInfoEndpointAnswersAValidToken() throws Exception {
        JsonNode tokens = tokens(browser.exchange(browser.signIn("delegue.mes@example.org", "demo-delegue"),
                SECRET));

        var userInfo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ISSUER + "/userinfo"))
                .header("Authorization", "Bearer " + tokens.get("access_token").asText()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(json.readTree(userInfo.body()).get("sub").asText())
                .isEqualTo(claims(tokens.get("access_token").asText()).get("sub").asText());
    }

    @Test
    void theRefreshTokenGivesNewTokensOnlyWithTheSecret() throws Exception {
        JsonNode first = tokens(browser.exchange(browser.signIn("delegue.coorace@example.org", "demo-delegue"),
                SECRET));
        String refreshToken = first.get("refresh_token").asText();

        var refused = browser.refresh(refreshToken, SECRET + "x");
        var refreshed = browser.refresh(refreshToken, SECRET);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode second = json.readTree(refreshed.body());
        assertThat(second.get("access_token").asText()).isNotEqualTo(first.get("access_token").asText());
        assertThat(claims(second.get("access_token").asText()).get("roles")).extracting(JsonNode::asText)
                .containsExactly("NETWORK_DELEGATE");
        assertThat(second.get("refresh_token").asText()).as("reused, not rotated").isEqualTo(refreshToken);
        // OpenID Connect Core §12.2, which the web application's client checks before it keeps the new ID token.
        JsonNode signedIn = claims(first.get("id_token").asText());
        JsonNode stillSignedIn = claims(second.get("id_token").asText());
        for (String claim : new String[] {"iss", "sub", "aud", "auth_time", "sid"}) {
            assertThat(stillSignedIn.get(claim)).as(claim).isEqualTo(signedIn.get(claim));
        }
        assertThat(browser.refresh(refreshToken, SECRET).statusCode()).as("and usable again").isEqualTo(200);
    }

    @Test
    void signingOutEndsTheProvidersSessionAndReturnsToTheWebApplication() throws Exception {
        JsonNode tokens = tokens(browser.exchange(browser.signIn("delegue.cncres@example.org", "demo-delegue"),
                SECRET));
        assertThat(WebApplicationBrowser.codeIn(browser.authorize())).as("signed in at the provider").isNotNull();

        var signOut = browser.signOut(tokens.get("id_token").asText(), WebApplicationBrowser.SIGNED_OUT_URI, "s1");

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location"))
                .hasValue(WebApplicationBrowser.SIGNED_OUT_URI + "?state=s1");
        assertThat(browser.authorize()).as("asked to sign in again").isEqualTo(ISSUER + "/login");
    }

    /**
     * A refresh replaces the authorization's ID token, and the provider knows a hint by the ID token it holds: the web
     * application must sign out with the newest one (the one its refreshes bring back), not the sign-in's.
     */
    @Test
    void signingOutAfterARefreshTakesTheNewestIdToken() throws Exception {
        JsonNode first = tokens(browser.exchange(browser.signIn("delegue.ufisc@example.org", "demo-delegue"),
                SECRET));
        JsonNode refreshed = tokens(browser.refresh(first.get("refresh_token").asText(), SECRET));

        var withTheFirst = browser.signOut(first.get("id_token").asText(), WebApplicationBrowser.SIGNED_OUT_URI, "s0");
        var signOut = browser.signOut(refreshed.get("id_token").asText(), WebApplicationBrowser.SIGNED_OUT_URI,
                "s2");

        assertThat(withTheFirst.statusCode()).isEqualTo(400);
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location"))
                .hasValue(WebApplicationBrowser.SIGNED_OUT_URI + "?state=s2");
        assertThat(browser.authorize()).isEqualTo(ISSUER + "/login");
    }

    @Test
    void aSignOutToAnAddressNotRegisteredIsRefusedAndTheSessionStays() throws Exception {
        JsonNode tokens = tokens(browser.exchange(browser.signIn("delegue.opale@example.org", "demo-delegue"),
                SECRET));

        var signOut = browser.signOut(tokens.get("id_token").asText(), "https://evil.example/", "s3");

        assertThat(signOut.statusCode()).isEqualTo(400);
        assertThat(signOut.headers().firstValue("Location")).isEmpty();
        assertThat(WebApplicationBrowser.codeIn(browser.authorize())).as("still signed in").isNotNull();
    }

    @Test
    void theDiscoveryDocumentNamesTheSignOutEndpoint() throws Exception {
        var discovery = json.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ISSUER + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(discovery.get("end_session_endpoint").asText()).isEqualTo(ISSUER + "/connect/logout");
    }

    private static JsonNode tokens(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request refused: " + response.statusCode() + " "
                    + response.body());
        }
        return json.readTree(response.body());
    }

    /** What the provider says of a token now (RFC 7662), asked as the web application. */
    private static JsonNode introspect(String token) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ISSUER
                        + "/oauth2/introspect"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("ptce-web:" + SECRET)
                        .getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A token's claims, decoded (not verified: the services and the web application verify them). */
    private static JsonNode claims(String jwt) throws IOException {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
