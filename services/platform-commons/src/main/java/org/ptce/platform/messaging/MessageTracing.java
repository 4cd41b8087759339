package org.ptce.platform.messaging;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries the trace context across Kafka in the CloudEvents {@code traceparent} extension: a message remembers the
 * span that published it, in the outbox, and its handling continues that trace in the consuming service. So one
 * submission is one trace, from the holder's request to the last service it reaches, whenever the outbox sends it.
 */
final class MessageTracing {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    MessageTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Where tracing is switched off: messages carry no trace context, and handling them opens no span. */
    static MessageTracing off() {
        return new MessageTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The W3C trace context of the current span, or null outside any. */
    String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Opens the span of a message's handling, child of the span that published it when the message names one: the
     * lines logged meanwhile carry its trace id. Closing it ends the span.
     */
    Handling handling(String messageType, String traceparent) {
        Span.Builder builder = traceparent == null
                ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), (carrier, key) -> carrier.get(key));
        Span span = builder.name("handle " + messageType).kind(Span.Kind.CONSUMER).start();
        Tracer.SpanInScope scope = tracer.withSpan(span);
        return new Handling(span, scope);
    }

    static final class Handling implements AutoCloseable {

        private final Span span;
        private final Tracer.SpanInScope scope;

        private Handling(Span span, Tracer.SpanInScope scope) {
            this.span = span;
            this.scope = scope;
        }

        void failed(Throwable failure) {
            span.error(failure);
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
