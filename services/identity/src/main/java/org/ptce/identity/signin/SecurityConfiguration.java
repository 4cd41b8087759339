package org.ptce.identity.signin;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.platform.security.ProblemAuthenticationEntryPoint;
import org.ptce.platform.security.ResourceServerAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Three filter chains: the authorization server's endpoints (authorize, token, JWKS, discovery, and the OpenID Connect
 * sign-out at /connect/logout that the web application sends people to), the provider's API for bearer tokens, and
 * the pages for browsers, with CSRF protection and the default security headers. Everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, CorsConfigurationSource platformOrigins)
            throws Exception {
        var authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(oidc -> oidc.logoutEndpoint(logout -> logout
                        // A sign-out whose ID token is no longer known because the account's sessions and
                        // authorizations were ended (disabled, password reset) is a sign-out all the same: the person
                        // is told so rather than shown an error. While a session remains, a refused sign-out stays
                        // refused.
                        .errorResponseHandler((request, response, refused) -> {
                            var session = request.getSession(false);
                            if (session == null || session.getAttribute(
                                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
                                response.sendRedirect(request.getContextPath() + "/login?logout");
                            } else {
                                response.sendError(HttpStatus.BAD_REQUEST.value(), refused.getMessage());
                            }
                        }))))
                .cors(cors -> cors.configurationSource(platformOrigins))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // A browser that is not signed in is sent to the sign-in page.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /**
     * The provider's own API (the coordinators' management of people, a person's data): bearer tokens it issued to
     * the platform's clients, as the services take them; stateless, problems as RFC 9457 bodies.
     */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder, ObjectMapper objectMapper,
            @Value("${ptce.security.audiences}") List<String> audiences) throws Exception {
        var problems = new ProblemAuthenticationEntryPoint(objectMapper);
        var apiTokens = new NimbusJwtDecoderWithAudience(jwtDecoder, audiences);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(apiTokens)
                                .jwtAuthenticationConverter(ResourceServerAutoConfiguration.platformAuthentication()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * The pages people see at the provider: signing in, signing up, a forgotten password, an invitation, their account.
     * Pages reached from a mail's link send no referrer (the link's token stays on this site), and nothing may frame
     * them.
     */
    @Bean
    @Order(3)
    SecurityFilterChain signIn(HttpSecurity http, CorsConfigurationSource platformOrigins) throws Exception {
        // Pre-flight requests (OPTIONS) of the token endpoint arrive here, outside the authorization server's matcher.
        http.cors(cors -> cors.configurationSource(platformOrigins))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/css/**", "/error").permitAll()
                        .requestMatchers("/inscription", "/inscription/**", "/mot-de-passe-oublie",
                                "/mot-de-passe/nouveau", "/invitation", "/confidentialite").permitAll()
                        .requestMatchers("/compte", "/compte/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .anyRequest().denyAll())
                .formLogin(login -> login.loginPage("/login").failureHandler(new SignInFailures()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Cross-origin calls are refused, but for the platform's own pages (the services' OpenAPI UIs) that exchange a
     * code for a token from the browser.
     */
    @Bean
    CorsConfigurationSource platformOrigins(@Value("${ptce.identity.allowed-origins}") List<String> origins) {
        var configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/oauth2/token", configuration);
        source.registerCorsConfiguration("/oauth2/jwks", configuration);
        return source;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    FilterRegistrationBean<SignInRateLimiter> signInRateLimiter(
            @Value("${ptce.identity.sign-in-attempts-per-minute:60}") int attemptsPerMinute,
            RegisteredClientRepository clients, PasswordEncoder passwordEncoder, Clock clock) {
        var registration = new FilterRegistrationBean<>(new SignInRateLimiter(attemptsPerMinute,
                new ClientSecretProof(clients, passwordEncoder, clock)));
        // Sign-up and forgotten password too: each sends a mail, and each could be used to test addresses in bulk.
        registration.addUrlPatterns("/login", "/oauth2/token", "/inscription", "/mot-de-passe-oublie");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
