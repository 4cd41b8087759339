package org.ptce.platform.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.util.ConcurrentLruCache;

/**
 * Access tokens whose signature was already verified, kept by their exact text: a person sends the same token with
 * every request until it expires, and checking its RSA signature each time was the largest single cost of a request
 * in the benchmark's profile. A token found here is validated again (expiry, issuer, audience), so it stops being
 * accepted when it expires; a token that fails is never kept, and any other text (a byte changed) is verified anew.
 */
final class VerifiedTokens implements JwtDecoder {

    private final ConcurrentLruCache<String, Jwt> verified;
    private final OAuth2TokenValidator<Jwt> validator;

    VerifiedTokens(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.verified = new ConcurrentLruCache<>(capacity, verifying::decode);
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token);
        var validation = validator.validate(jwt);
        if (validation.hasErrors()) {
            throw new JwtValidationException("The token is no longer valid", validation.getErrors());
        }
        return jwt;
    }
}
