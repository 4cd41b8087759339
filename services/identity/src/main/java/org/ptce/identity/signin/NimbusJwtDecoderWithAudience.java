package org.ptce.identity.signin;

import java.util.List;

import org.ptce.platform.security.ResourceServerAutoConfiguration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The provider's own access tokens (signed by its keys, from its issuer, typed at+jwt), for the platform's clients
 * only, as the services take them: neither an ID token nor a token of Cockpit's client opens anything here.
 */
final class NimbusJwtDecoderWithAudience implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> audience;

    NimbusJwtDecoderWithAudience(JwtDecoder decoder, List<String> audiences) {
        this.decoder = decoder;
        this.audience = ResourceServerAutoConfiguration.audienceIn(audiences);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = decoder.decode(token);
        // An ID token has the same claims: only an access token (RFC 9068) opens the API.
        if (!"at+jwt".equals(String.valueOf(jwt.getHeaders().get("typ")))) {
            throw new BadJwtException("Not an access token");
        }
        var result = audience.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("The token is not for this platform's clients", result.getErrors());
        }
        return jwt;
    }
}
