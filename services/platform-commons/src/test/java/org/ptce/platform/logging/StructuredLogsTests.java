package org.ptce.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The JSON logs option (Spring Boot's structured logging, {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} or
 * {@code _FILE=ecs}): a line logged while a submission is handled is a JSON object that carries the candidacy's id
 * and the trace's, as the plain lines do, so that an operator's log store can follow one submission through the
 * services. The line is encoded here by the encoder that option installs, not by the test JVM's logging, which the
 * other tests of this module share.
 */
@SpringBootTest(classes = StructuredLogsTests.TracedApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AutoConfigureObservability(metrics = false)
class StructuredLogsTests {

    @Autowired
    Tracer tracer;

    @Test
    void withTheJsonOptionALineIsJsonWithTheCandidacysIdAndTheTraceId() throws Exception {
        var logger = (Logger) LoggerFactory.getLogger(StructuredLogsTests.class);
        String candidacyId = UUID.randomUUID().toString();
        Span span = tracer.nextSpan().name("submission").start();
        LoggingEvent event;
        try (var inScope = tracer.withSpan(span);
                var about = BusinessKeys.putInLoggingContext(BusinessKeys.CANDIDACY_ID, candidacyId)) {
            event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "Candidacy submitted", null, null);
            // What the logging context holds now is the line's, as an appender sees it.
            event.prepareForDeferredProcessing();
        } finally {
            span.end();
        }

        JsonNode json = new ObjectMapper().readTree(ecs().encode(event));
        assertThat(json.path("message").asText()).isEqualTo("Candidacy submitted");
        assertThat(json.path(BusinessKeys.CANDIDACY_ID).asText()).isEqualTo(candidacyId);
        assertThat(json.path("traceId").asText()).isNotBlank().isEqualTo(span.context().traceId());
        assertThat(json.path("service").path("name").asText()).isEqualTo("applications");
    }

    /** The encoder of {@code logging.structured.format.*=ecs}, in a service named applications. */
    private static StructuredLogEncoder ecs() {
        var context = new LoggerContext();
        context.putObject(Environment.class.getName(),
                new MockEnvironment().withProperty("spring.application.name", "applications"));
        var encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        return encoder;
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({ObservationAutoConfiguration.class, OpenTelemetryAutoConfiguration.class,
            MicrometerTracingAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class})
    static class TracedApplication {
    }
}
