package org.ptce.identity.token;

import java.time.Clock;
import java.time.Duration;

import org.ptce.identity.account.Accounts;
import org.ptce.identity.token.SigningKeys.SigningKeyProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    SigningKeys signingKeys(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${ptce.identity.signing-keys.rotate-after}") Duration rotateAfter,
            @Value("${ptce.identity.signing-keys.published-after-retirement}") Duration publishedAfterRetirement) {
        var keys = new SigningKeys(jdbc, transactions, clock,
                new SigningKeyProperties(rotateAfter, publishedAfterRetirement));
        // The first start makes the first key, before anything is signed.
        keys.rotateIfDue();
        return keys;
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKeys signingKeys) {
        var encoder = new NimbusJwtEncoder(signingKeys);
        encoder.setJwkSelector(SigningKeys::newest);
        return encoder;
    }

    /** Codes in flight and tokens issued survive a restart, and are shared by every instance. */
    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc,
            RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(Accounts accounts) {
        return new PlatformClaims(accounts);
    }
}
