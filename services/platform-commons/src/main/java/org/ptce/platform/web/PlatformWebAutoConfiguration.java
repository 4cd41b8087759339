package org.ptce.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every service's HTTP API shares: problem bodies, request size limit, logging context, OpenAPI header. */
// Before Spring MVC's auto-configuration, so that our advice replaces Boot's default problem handler.
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration implements WebMvcConfigurer {

    static final class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

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
    StrictJsonModule strictJsonModule() {
        return new StrictJsonModule();
    }

    /** {@code [null]} is not a list of one element: a null inside a list or a map is refused, naming its place. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer nullsInsideCollectionsRefused() {
        return builder -> builder.postConfigurer(mapper -> mapper.setDefaultSetterInfo(
                JsonSetter.Value.forContentNulls(Nulls.FAIL)));
    }

    @Bean
    FilterRegistrationBean<RequestScreeningFilter> requestScreeningFilter(
            @Value("${server.error.path:/error}") String errorPath, ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(new RequestScreeningFilter(errorPath, objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Runs after Boot's own customizer, so that its HTML error report valve is the one replaced. */
    @Bean
    @ConditionalOnClass(ErrorReportValve.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new ProblemErrorReports();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${ptce.web.max-request-size:1MB}") DataSize maxRequestSize, ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(maxRequestSize.toBytes(), objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ApiContract apiContract(ResourceLoader resources) {
        return new ApiContract(ApiContract.examples(resources.getResource("classpath:" + ApiContract.EXAMPLES)));
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
