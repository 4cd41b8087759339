package org.ptce.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;

import org.ptce.web.WebProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.AuthorizationCodeOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.http.HttpStatus;

/**
 * People sign in at the platform's identity provider (authorization code with PKCE, as a confidential client); their
 * tokens stay in the server-side session. Public pages are open to all; a holder's pages to holders, a reviewer's to
 * reviewers, a network delegate's validations to delegates, the people of the platform to coordinators, one's own
 * data to whoever is signed in; everything else is refused. Signing in leads back to the page that asked for it, or
 * to the person's own page. Signing out ends the session here and at the provider.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The management port (health, metrics) is for operators, on the loopback interface unless told otherwise: what
     * arrives there is not asked to sign in. The pages' rules hold on the application's own port.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher arrivedOnManagementPort = request -> {
            Integer port = environment.getProperty("local.management.port", Integer.class);
            return port != null && port == request.getLocalPort();
        };
        return http.securityMatcher(arrivedOnManagementPort)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations, WebProperties properties,
            SignOutAtProvider signOut) throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/", "/appels", "/appels/*", "/appels/*/resultats",
                                "/appels/*/resultats.csv", "/appels/*/resultats.json", "/accessibilite").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/mes-candidatures", "/appels/*/candidater", "/candidatures/**")
                        .hasRole("HOLDER")
                        .requestMatchers("/evaluations", "/evaluations/**").hasRole("REVIEWER")
                        .requestMatchers("/validations", "/validations/**").hasRole("NETWORK_DELEGATE")
                        .requestMatchers("/personnes", "/personnes/**").hasRole("COORDINATOR")
                        .requestMatchers("/coordination/**").hasRole("COORDINATOR")
                        .requestMatchers("/mes-donnees.json").authenticated()
                        .requestMatchers("/a-faire").authenticated()
                        .anyRequest().denyAll())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(platformRoles()))
                        .successHandler(new LandingPage()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst())
                        .accessDeniedHandler(new ExpiredSessionAwareAccessDenied()))
                .logout(logout -> logout.logoutUrl("/deconnexion").addLogoutHandler(signOut).logoutSuccessHandler(signOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A page asked for in the background (autosave) after the session ended gets a 401 its script tells the person
     * about; any other page sends the browser to sign in, and back to that page afterwards.
     */
    private static AuthenticationEntryPoint signInFirst() {
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(new RequestHeaderRequestMatcher("HX-Request"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        var signIn = new DelegatingAuthenticationEntryPoint(entryPoints);
        signIn.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + WebProperties.CLIENT_REGISTRATION));
        return signIn;
    }

    /**
     * Only this application's own scripts and styles; forms may post here and, through the sign-out redirect, to
     * the provider.
     */
    private static String contentSecurityPolicy(WebProperties properties) {
        String issuer = properties.issuer();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + issuer;
    }

    /** The provider's roles claim (HOLDER, REVIEWER, …) as Spring Security roles. */
    private static GrantedAuthoritiesMapper platformRoles() {
        return authorities -> {
            var mapped = new ArrayList<GrantedAuthority>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc
                        && oidc.getIdToken().getClaim("roles") instanceof Collection<?> roles) {
                    roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }

    /** Endpoints are given, not discovered, so that the application starts before the provider does. */
    @Bean
    ClientRegistrationRepository clientRegistrations(WebProperties properties) {
        String issuer = properties.issuer();
        var platform = ClientRegistration.withRegistrationId(WebProperties.CLIENT_REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(properties.tokenEndpoint())
                .jwkSetUri(properties.jwkSetEndpoint())
                .issuerUri(issuer)
                .userNameAttributeName("sub")
                .build();
        return new InMemoryClientRegistrationRepository(List.of(platform));
    }

    @Bean
    SignOutAtProvider signOutAtProvider(WebProperties properties) {
        return new SignOutAtProvider(properties.issuer() + "/connect/logout");
    }

    /**
     * Gives the pages the signed-in person's access token, refreshed when it has expired; a refresh is announced so
     * that signing out names the newest ID token.
     */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, ApplicationEventPublisher events) {
        var refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
        refresh.setApplicationEventPublisher(events);
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(new DelegatingOAuth2AuthorizedClientProvider(
                new AuthorizationCodeOAuth2AuthorizedClientProvider(), refresh));
        return manager;
    }
}
