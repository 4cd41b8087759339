package org.ptce.identity.token;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    SigningKeys signingKeys(JdbcTemplate jdbc, Clock clock) {
        return new SigningKeys(jdbc, clock);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys signingKeys) {
        return new ImmutableJWKSet<>(signingKeys.load());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims() {
        return new PlatformClaims();
    }
}
