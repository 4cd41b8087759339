package org.ptce.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/** Cockpit's sign-in takes ID tokens from the platform's provider only. */
class IdTokenIssuerTests {

    private static final String ISSUER = "http://localhost:9000";

    private final OAuth2TokenValidator<Jwt> validator = WebApplicationsSecurity.idTokenValidator(ISSUER)
            .apply(ClientRegistration.withRegistrationId("platform")
                    .clientId("ptce-camunda")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .authorizationUri(ISSUER + "/oauth2/authorize")
                    .tokenUri(ISSUER + "/oauth2/token")
                    .build());

    @Test
    void anIdTokenOfThePlatformsProviderIsAccepted() {
        assertThat(validator.validate(idTokenFrom(ISSUER)).hasErrors()).isFalse();
    }

    @Test
    void anIdTokenOfAnotherIssuerIsRefused() {
        var result = validator.validate(idTokenFrom("https://sso.elsewhere.example"));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.getErrors()).anySatisfy(error -> assertThat(error.getDescription()).contains("iss"));
    }

    private static Jwt idTokenFrom(String issuer) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .issuer(issuer)
                .subject("3f0c2a4e-8d1b-4c55-9a0e-2b7d6f1e9c10")
                .audience(List.of("ptce-camunda"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .build();
    }
}
