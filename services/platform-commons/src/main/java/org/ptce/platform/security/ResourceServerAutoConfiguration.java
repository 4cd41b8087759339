package org.ptce.platform.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: its API answers bearer tokens of the configured OpenID Connect
 * provider only, each endpoint names the roles that may call it, and nothing without a rule is served. Stateless: no
 * session, no cookie, hence no CSRF token to check; no CORS unless a service opens it.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnProperty(name = "ptce.security.resource-server.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity(jsr250Enabled = true)
public class ResourceServerAutoConfiguration implements WebMvcConfigurer {

    /** Where every resource server's operations readable without signing in live (GET only). */
    public static final String PUBLIC_API = "/api/public/";

    /** RFC 9068: the type of a JWT access token, which an ID token never has. */
    public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    /** Leaves room before it for a service's own chains (the workflow's web applications). */
    public static final int API_CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    /** Every person signed in at a deadline rush, for at most some 12 MB (a token and its claims, about 3 kB). */
    private static final int VERIFIED_TOKENS_KEPT = 4096;

    private static final Logger log = LoggerFactory.getLogger(ResourceServerAutoConfiguration.class);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ExplicitAccessRuleInterceptor()).addPathPatterns("/api/**");
    }

    @Bean
    @Order(API_CHAIN_ORDER)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper, SecurityProperties properties)
            throws Exception {
        var problems = new ProblemAuthenticationEntryPoint(objectMapper);
        http.headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_API + "**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(platformAuthentication()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * For the API's answers and its UI (Swagger UI, whose scripts are files of its own, whose components set inline
     * styles, and which exchanges its sign-in code for a token at the provider from the browser).
     */
    static String contentSecurityPolicy(SecurityProperties properties) {
        String provider = "";
        if (properties.issuerUri() != null && !properties.issuerUri().isBlank()) {
            URI issuer = URI.create(properties.issuerUri());
            provider = " " + issuer.getScheme() + "://" + issuer.getRawAuthority();
        }
        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'" + provider + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        if (properties.issuerUri() == null || properties.issuerUri().isBlank()) {
            log.warn("No ptce.security.issuer-uri: every token is refused");
            return token -> {
                throw new BadJwtException("No token issuer is configured for this service");
            };
        }
        // Keys are fetched on first use (and again when an unknown key id shows up): a service starts without
        // waiting for the provider.
        var builder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri());
        if (properties.requireAccessTokenType()) {
            builder.jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(
                    new DefaultJOSEObjectTypeVerifier<>(ACCESS_TOKEN_TYPE)));
        }
        var decoder = builder.build();
        var validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audienceIn(properties.audiences()));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, VERIFIED_TOKENS_KEPT);
    }

    /** Accepts the access tokens issued to one of these clients only. */
    public static OAuth2TokenValidator<Jwt> audienceIn(List<String> audiences) {
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.stream().anyMatch(audiences::contains));
    }

    /** The person's roles, from the token's {@code roles} claim, as {@code ROLE_…} authorities. */
    public static JwtAuthenticationConverter platformAuthentication() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            List<String> roles = jwt.getClaimAsStringList(Role.ROLES_CLAIM);
            if (roles != null) {
                roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
            return authorities;
        });
        return converter;
    }
}
