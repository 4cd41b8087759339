package org.ptce.workflow.webapps;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ptce.platform.security.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Cockpit, Tasklist and Admin: a coordinator signs in at the platform's provider (OpenID Connect, authorization code
 * with PKCE) and the web applications take the signed-in person as their user. Nobody else gets in.
 */
@Configuration(proxyBeanMethods = false)
class WebApplicationsSecurity {

    static final String WEB_APPLICATIONS = "/camunda/**";

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebApplications(HttpSecurity http) throws Exception {
        http.securityMatcher(WEB_APPLICATIONS, "/oauth2/authorization/**", "/login/oauth2/code/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(WEB_APPLICATIONS).hasRole(Role.COORDINATOR.name())
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesOfTheIdToken()))
                        .defaultSuccessUrl("/camunda/app/cockpit/default/", false))
                // The web applications send their own CSRF token (Camunda's CsrfPreventionFilter).
                .csrf(csrf -> csrf.ignoringRequestMatchers(WEB_APPLICATIONS))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
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
