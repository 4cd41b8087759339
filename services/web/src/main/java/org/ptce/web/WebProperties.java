package org.ptce.web;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the web application finds the identity provider and the services whose APIs its pages call.
 *
 * @param issuerUri    the OpenID Connect provider (the platform's identity service)
 * @param clientId     this application's confidential client at the provider
 * @param clientSecret its secret, given by the environment (never in the repository)
 * @param tokenUri     where this application reaches the provider's token endpoint, when not at the issuer's address
 *                     (in docker-compose, browsers and containers know the provider by different names)
 * @param jwkSetUri    the same for the provider's keys
 */
@ConfigurationProperties("ptce.web")
@Validated
public record WebProperties(@NotNull URI issuerUri, @NotNull String clientId, String clientSecret, URI tokenUri,
        URI jwkSetUri, @NotNull Services services) {

    /** The provider, as this application's client registration names it (also in the sign-in path). */
    public static final String CLIENT_REGISTRATION = "platform";

    public String issuer() {
        return issuerUri.toString().replaceAll("/$", "");
    }

    public String tokenEndpoint() {
        return tokenUri == null ? issuer() + "/oauth2/token" : tokenUri.toString();
    }

    public String jwkSetEndpoint() {
        return jwkSetUri == null ? issuer() + "/oauth2/jwks" : jwkSetUri.toString();
    }

    /** The provider's own page where a person changes their name and password. */
    public String accountPage() {
        return issuer() + "/compte";
    }

    /** Where this application reaches the identity provider's people API: the issuer, unless told otherwise. */
    public URI identityService() {
        return services == null || services.identity() == null ? issuerUri : services.identity();
    }

    /**
     * @param identity the identity provider's people API, when this application reaches it at another address than
     *                 the issuer's (as for the token endpoint); {@code null} for the issuer
     */
    public record Services(@NotNull URI applications, @NotNull URI review, @NotNull URI publication,
            @NotNull URI workflow, URI identity) {
    }
}
