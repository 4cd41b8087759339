package org.ptce.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which OpenID Connect provider's tokens a service accepts ({@code ptce.security.*}): any provider (the platform's
 * own, Keycloak, an organisation's SSO) whose tokens carry the {@code roles} and {@code network} claims.
 *
 * @param issuerUri the issuer every token must name
 * @param jwkSetUri where its signing keys are published; by default the issuer's {@code /oauth2/jwks}
 * @param audiences the clients whose access tokens the APIs accept (a token for Cockpit is not one)
 * @param requireAccessTokenType whether tokens must be typed {@code at+jwt} (RFC 9068), so that an ID token is never
 *        taken for an access token; the platform's provider types them, another may not
 */
@ConfigurationProperties("ptce.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, List<String> audiences,
        boolean requireAccessTokenType) {

    public SecurityProperties {
        audiences = audiences == null || audiences.isEmpty() ? List.of("ptce-cli", "ptce-openapi") : audiences;
    }

    String effectiveJwkSetUri() {
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            return jwkSetUri;
        }
        return issuerUri.replaceAll("/$", "") + "/oauth2/jwks";
    }
}
