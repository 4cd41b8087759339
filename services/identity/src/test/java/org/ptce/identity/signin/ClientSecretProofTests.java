package org.ptce.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class ClientSecretProofTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String SECRET = "a secret & long enough: 0123456789abcdef";

    private final ClientSecretProof proof = new ClientSecretProof(new InMemoryRegisteredClientRepository(
            confidential("ptce-web", "{noop}" + SECRET, null),
            confidential("retired", "{noop}retired " + SECRET, NOW.minusSeconds(1)),
            RegisteredClient.withId("cli").clientId("ptce-cli")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1:8400/callback").build()),
            PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theRightSecretOfAConfidentialClientAtTheTokenEndpointIsAProof() {
        assertThat(proof.test(token(basic("ptce-web", SECRET)))).isTrue();
    }

    @Test
    void aWrongOrMissingSecretIsNot() {
        assertThat(proof.test(token(basic("ptce-web", SECRET + "x")))).isFalse();
        assertThat(proof.test(token(basic("ptce-web", "")))).isFalse();
        assertThat(proof.test(token(null))).isFalse();
    }

    @Test
    void aPublicClientAnUnknownOneOrAnExpiredSecretProveNothing() {
        assertThat(proof.test(token(basic("ptce-cli", SECRET)))).isFalse();
        assertThat(proof.test(token(basic("nobody", SECRET)))).isFalse();
        assertThat(proof.test(token(basic("retired", "retired " + SECRET)))).isFalse();
    }

    @Test
    void malformedCredentialsProveNothing() {
        assertThat(proof.test(token("Basic not-base64!"))).isFalse();
        assertThat(proof.test(token("Basic " + base64("no colon")))).isFalse();
        assertThat(proof.test(token("Basic " + base64("ptce-web:%zz")))).isFalse();
        assertThat(proof.test(token("Bearer " + base64("ptce-web:" + SECRET)))).isFalse();
    }

    @Test
    void theSecretProvesNothingOutsideTheTokenEndpoint() {
        var signIn = new MockHttpServletRequest("POST", "/login");
        signIn.addHeader("Authorization", basic("ptce-web", SECRET));

        assertThat(proof.test(signIn)).isFalse();
    }

    private static RegisteredClient confidential(String clientId, String secret, Instant secretExpiresAt) {
        return RegisteredClient.withId(clientId).clientId(clientId).clientSecret(secret)
                .clientSecretExpiresAt(secretExpiresAt)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost:8080/login/oauth2/code/platform").build();
    }

    private static MockHttpServletRequest token(String authorization) {
        var request = new MockHttpServletRequest("POST", "/oauth2/token");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + base64(URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
