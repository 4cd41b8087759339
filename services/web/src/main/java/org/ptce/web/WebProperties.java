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
 */
@ConfigurationProperties("ptce.web")
@Validated
public record WebProperties(@NotNull URI issuerUri, @NotNull String clientId, String clientSecret,
        @NotNull Services services) {

    public record Services(@NotNull URI applications, @NotNull URI review, @NotNull URI publication,
            @NotNull URI workflow) {
    }
}
