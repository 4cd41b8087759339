package org.ptce.workflow;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Cockpit, Tasklist and Admin: for now behind the engine's own sign-in (the admin account the launcher prints), with
 * the engine's own CSRF protection. Signing in to them with the platform's provider, coordinators only, is the next
 * step of the identity work.
 */
@Configuration(proxyBeanMethods = false)
class WebApplicationsSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebApplications(HttpSecurity http) throws Exception {
        http.securityMatcher("/camunda/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                // The web applications send their own CSRF token (Camunda's CsrfPreventionFilter).
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
