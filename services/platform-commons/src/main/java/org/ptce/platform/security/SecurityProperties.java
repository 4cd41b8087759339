package org.ptce.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which OpenID Connect provider's tokens a service accepts ({@code ptce.security.*}): any provider (the platform's
 * own, Keycloak, an organisation's SSO) whose tokens carry the {@code roles} and {@code network} claims.
 *
 * @param issuerUri the issuer every token must name
 * @param jwkSetUri where its signing keys are published; by default the issuer's {@code /oauth2/jwks}
 */
@ConfigurationProperties("ptce.security")
public record SecurityProperties(String issuerUri, String jwkSetUri) {

    String effectiveJwkSetUri() {
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            return jwkSetUri;
        }
        return issuerUri.replaceAll("/$", "") + "/oauth2/jwks";
    }
}
