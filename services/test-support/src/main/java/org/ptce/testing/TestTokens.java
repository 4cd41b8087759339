package org.ptce.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * A stand-in for the identity provider in tests: it publishes its keys over HTTP, as a real provider does, and signs
 * tokens for whoever a test needs to be. Services under test trust it ({@code ptce.security.issuer-uri}).
 */
public final class TestTokens {

    /** The client the test tokens are issued to: the platform's command-line client. */
    public static final String CLIENT = "ptce-cli";
    private static TestTokens instance;

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final String issuer;

    private TestTokens(RSAKey key, RSAKey strangerKey, String issuer) {
        this.key = key;
        this.strangerKey = strangerKey;
        this.issuer = issuer;
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    public static String coordinator() {
        return get().token(UUID.randomUUID().toString(), List.of("COORDINATOR"), null);
    }

    public static String holder(String personId) {
        return get().token(personId, List.of("HOLDER"), null);
    }

    public static String reviewer(String network) {
        return get().token(UUID.randomUUID().toString(), List.of("REVIEWER"), network);
    }

    public static String delegate(String network) {
        return get().token(UUID.randomUUID().toString(), List.of("NETWORK_DELEGATE"), network);
    }

    /** A valid token for the given person: subject, roles and network. */
    public String token(String subject, List<String> roles, String network) {
        return sign(key, issuer, subject, roles, network, Instant.now().plus(Duration.ofMinutes(10)), CLIENT, true);
    }

    /** A token issued to another client of the provider (Cockpit's, say): not for the APIs. */
    public String forAnotherClient(String subject, List<String> roles) {
        return sign(key, issuer, subject, roles, null, Instant.now().plus(Duration.ofMinutes(10)), "ptce-camunda",
                true);
    }

    /** An ID token's form: the same claims, but not typed as an access token. */
    public String untyped(String subject, List<String> roles) {
        return sign(key, issuer, subject, roles, null, Instant.now().plus(Duration.ofMinutes(10)), CLIENT, false);
    }

    /** An unsigned token ({@code alg: none}) claiming whatever it likes. */
    public String unsigned(String subject, List<String> roles) {
        var claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(CLIENT)
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))).claim("roles", roles).build();
        return new PlainJWT(claims).serialize();
    }

    public String expired(String subject, List<String> roles) {
        return sign(key, issuer, subject, roles, null, Instant.now().minus(Duration.ofMinutes(5)), CLIENT, true);
    }

    public String fromAnotherIssuer(String subject, List<String> roles) {
        return sign(key, "https://issuer.example.org", subject, roles, null,
                Instant.now().plus(Duration.ofMinutes(10)), CLIENT, true);
    }

    /** Signed by a key the provider never published, as a forged or tampered token would be. */
    public String forged(String subject, List<String> roles) {
        return sign(strangerKey, issuer, subject, roles, null, Instant.now().plus(Duration.ofMinutes(10)), CLIENT,
                true);
    }

    /** A client of the service under test that sends the given token with every request. */
    public static TestRestTemplate as(TestRestTemplate http, String token) {
        return new TestRestTemplate(new RestTemplateBuilder()
                .rootUri(http.getRootUri())
                .additionalInterceptors((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(token);
                    return execution.execute(request, body);
                }));
    }

    private static String sign(RSAKey signingKey, String issuer, String subject, List<String> roles, String network,
            Instant expiry, String audience, boolean typedAsAccessToken) {
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiry))
                .claim("roles", roles)
                .claim("name", "Test " + subject);
        if (network != null) {
            claims.claim("network", network);
        }
        try {
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID());
            if (typedAsAccessToken) {
                header.type(new JOSEObjectType("at+jwt"));
            }
            var jwt = new SignedJWT(header.build(), claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestTokens start() {
        try {
            var key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            var stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.setExecutor(null);
            server.start();
            return new TestTokens(key, stranger, "http://localhost:" + server.getAddress().getPort());
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("Could not start the test token issuer", e);
        }
    }
}
