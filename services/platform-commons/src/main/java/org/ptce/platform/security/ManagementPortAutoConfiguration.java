package org.ptce.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The management port (metrics, health, dead letters) is for operators: it listens on the loopback interface unless
 * told otherwise ({@code management.server.address}), and what reaches it is not asked for a token. Its chain comes
 * before every other and matches only requests that arrived on that port, so the API's rules stay whole on the
 * service's own port, where the management endpoints do not exist.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
public class ManagementPortAutoConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortSecurity(HttpSecurity http, Environment environment) throws Exception {
        return http.securityMatcher(arrivedOnManagementPort(environment))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The port is known once the management server has started (it may be chosen at random, as in tests). */
    static RequestMatcher arrivedOnManagementPort(Environment environment) {
        return (HttpServletRequest request) -> {
            Integer port = environment.getProperty("local.management.port", Integer.class);
            return port != null && port == request.getLocalPort();
        };
    }
}
