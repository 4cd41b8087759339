package org.ptce.workflow.webapps;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.ptce.platform.security.Role;
import org.ptce.platform.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Cockpit, Tasklist and Admin: a coordinator signs in at the platform's provider (OpenID Connect, authorization code
 * with PKCE) and the web applications take the signed-in person as their user. Nobody else gets in.
 */
@Configuration(proxyBeanMethods = false)
class WebApplicationsSecurity {

    static final String WEB_APPLICATIONS = "/camunda/**";
    /** The client registration of the platform's provider ({@code spring.security.oauth2.client.registration}). */
    private static final String PROVIDER = "platform";

    /**
     * Matched on the whole path: the web applications' REST API is a servlet of its own ({@code /camunda/api/*}),
     * which Spring MVC's matchers would see only from its servlet path on.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebApplications(HttpSecurity http) throws Exception {
        var webApplications = path(WEB_APPLICATIONS);
        http.securityMatcher(new OrRequestMatcher(webApplications, path("/oauth2/authorization/**"),
                        path("/login/oauth2/code/**")))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(webApplications).hasRole(Role.COORDINATOR.name())
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesOfTheIdToken()))
                        .defaultSuccessUrl("/camunda/app/cockpit/default/", false))
                // The web applications' own calls are told 401, rather than sent to sign in, which a script cannot;
                // anything else is sent to sign in at the platform's provider.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                path("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + PROVIDER),
                                AnyRequestMatcher.INSTANCE))
                // The web applications send their own CSRF token (Camunda's CsrfPreventionFilter).
                .csrf(csrf -> csrf.ignoringRequestMatchers(webApplications))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Tells the web applications who is signed in, after Spring Security has decided they may enter. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", SignedInCoordinator.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignOutOfTheWebApplications> signOutOfTheWebApplications() {
        var registration = new FilterRegistrationBean<>(new SignOutOfTheWebApplications());
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }

    /**
     * ID tokens must name the platform's provider as their issuer. Its endpoints are configured rather than
     * discovered (so that this service starts before the provider does), which leaves Spring no issuer to check.
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(SecurityProperties security) {
        var factory = new OidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(idTokenValidator(security.issuerUri()));
        return factory;
    }

    static Function<ClientRegistration, OAuth2TokenValidator<Jwt>> idTokenValidator(String issuer) {
        return registration -> new DelegatingOAuth2TokenValidator<>(new OidcIdTokenValidator(registration),
                new JwtIssuerValidator(issuer));
    }

    private static GrantedAuthoritiesMapper rolesOfTheIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    List<String> roles = oidc.getIdToken().getClaimAsStringList(Role.ROLES_CLAIM);
                    if (roles != null) {
                        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return mapped;
        };
    }
}
