package org.ptce.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.ptce.web.WebProperties;
import org.ptce.web.support.FormIds;
import org.ptce.web.support.FrenchDates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.thymeleaf.dialect.IDialect;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A slice of the web application's pages: the controllers named, the security chain and the templates' helpers,
 * the services' APIs left to the test to mock. The clock stands at {@link #NOW}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({SecurityConfiguration.class, FrenchDates.class, FormIds.class, WebPageTest.Helpers.class})
@EnableConfigurationProperties(WebProperties.class)
@TestPropertySource(properties = {
        "ptce.web.issuer-uri=http://localhost:9000",
        "ptce.web.client-id=ptce-web",
        "ptce.web.client-secret=test-secret",
        "ptce.web.services.applications=http://localhost:8081",
        "ptce.web.services.review=http://localhost:8082",
        "ptce.web.services.publication=http://localhost:8083",
        "ptce.web.services.workflow=http://localhost:8084"})
public @interface WebPageTest {

    /** 1 March 2027, 10:00 UTC: 11 h 00 in Paris (winter time). */
    Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** The clock, and the templates' helpers (the slice does not scan components). */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = FrenchDates.class, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = IDialect.class))
    class Helpers {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
