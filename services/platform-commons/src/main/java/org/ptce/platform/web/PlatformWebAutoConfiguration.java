package org.ptce.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every service's HTTP API shares: problem bodies, request size limit, logging context, OpenAPI header. */
// Before Spring MVC's auto-configuration, so that our advice replaces Boot's default problem handler.
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration implements WebMvcConfigurer {

    private static final String SIGN_IN = "platform-sign-in";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BusinessKeyLoggingInterceptor());
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${ptce.web.max-request-size:1MB}") DataSize maxRequestSize, ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(maxRequestSize.toBytes(), objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The API's description, with the "Authorize" button of its UI signing in at the platform's provider. */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name}") String service,
            @Value("${ptce.api.description:}") String description,
            @Value("${ptce.security.issuer-uri:http://localhost:9000}") String issuer) {
        var signIn = new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Sign in with a platform account (authorization code with PKCE, client ptce-openapi)")
                .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                        .authorizationUrl(issuer + "/oauth2/authorize")
                        .tokenUrl(issuer + "/oauth2/token")
                        .scopes(new Scopes().addString("openid", "who you are").addString("profile", "your name"))));
        return new OpenAPI()
                .info(new Info()
                        .title("PTCE platform — " + service + " API")
                        .description(description)
                        .version("v1"))
                .components(new Components().addSecuritySchemes(SIGN_IN, signIn))
                .addSecurityItem(new SecurityRequirement().addList(SIGN_IN));
    }
}
