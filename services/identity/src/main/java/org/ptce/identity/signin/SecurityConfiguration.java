package org.ptce.identity.signin;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two filter chains: the authorization server's endpoints (authorize, token, JWKS, discovery, and the OpenID Connect
 * sign-out at /connect/logout that the web application sends people to), and the sign-in page for browsers, with
 * CSRF protection and the default security headers. Everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, CorsConfigurationSource platformOrigins)
            throws Exception {
        var authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                .cors(cors -> cors.configurationSource(platformOrigins))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // A browser that is not signed in is sent to the sign-in page.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, CorsConfigurationSource platformOrigins) throws Exception {
        // Pre-flight requests (OPTIONS) of the token endpoint arrive here, outside the authorization server's matcher.
        http.cors(cors -> cors.configurationSource(platformOrigins))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/css/**", "/error").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        .anyRequest().denyAll())
                .formLogin(login -> login.loginPage("/login").failureUrl("/login?error"));
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
        registration.addUrlPatterns("/login", "/oauth2/token");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
