package org.ptce.identity.token;

import java.time.Clock;
import java.time.Duration;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.ptce.identity.account.Accounts;
import org.ptce.identity.token.SigningKeys.SigningKeyProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
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

    /**
     * Reads the provider's own access tokens where it is their audience (its user-info endpoint). They are typed
     * {@code at+jwt} (RFC 9068), which the default decoder refuses: it accepts that type, signed by one of its keys,
     * and from this issuer.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys signingKeys, AuthorizationServerSettings settings) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, signingKeys));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt"),
                JOSEObjectType.JWT, null));
        var decoder = new NimbusJwtDecoder(processor);
        if (settings.getIssuer() != null) {
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.getIssuer()));
        }
        return decoder;
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
