package org.ptce.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.ptce.messaging.DeadLetters;
import org.ptce.platform.actor.ContextualCurrentActor;
import org.ptce.platform.actor.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.config.EventExternalizationAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message backbone of every service: outbox on the producing side (Spring Modulith's event publication registry,
 * externalized to Kafka), inbox and dead letters on the consuming side, the catalogue of message types and their
 * topics.
 */
@AutoConfiguration(before = EventExternalizationAutoConfiguration.class, after = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(MessagingProperties.class)
@EnableScheduling
public class MessagingAutoConfiguration {

    static final String MESSAGES_PACKAGE = "org.ptce";

    /** Ticks in microseconds, PostgreSQL's precision: a time read back equals the time written. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }

    @Bean
    MessageCatalog messageCatalog() {
        return MessageCatalog.scan(MESSAGES_PACKAGE, getClass().getClassLoader());
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor(@Value("${spring.application.name}") String service) {
        return new ContextualCurrentActor(service);
    }

    @Bean
    MessageTracing messageTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer activeTracer = tracer.getIfAvailable();
        Propagator activePropagator = propagator.getIfAvailable();
        return activeTracer == null || activePropagator == null
                ? MessageTracing.off()
                : new MessageTracing(activeTracer, activePropagator);
    }

    @Bean
    MessagePublisher messagePublisher(MessageCatalog catalog, ObjectMapper objectMapper,
            ApplicationEventPublisher events, CurrentActor currentActor,
            @Value("${spring.application.name}") String service, Clock clock, MessageTracing tracing) {
        return new MessagePublisher(catalog, objectMapper, events, currentActor, "/services/" + service, clock,
                tracing);
    }

    /** Only outbox messages leave the service; every other application event stays inside it. */
    @Bean
    EventExternalizationConfiguration outboxExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(OutboxMessage.class)
                .route(OutboxMessage.class, message -> RoutingTarget.forTarget(message.topic()).andKey(message.subject()))
                .mapping(OutboxMessage.class, OutboxMessage::toKafkaMessage)
                .build();
    }

    @Bean
    OutboxResubmitter outboxResubmitter(IncompleteEventPublications incompletePublications,
            MessagingProperties properties) {
        return new OutboxResubmitter(incompletePublications, properties);
    }

    /** Every topic of the catalogue, and its dead-letter topic, created if missing whichever service starts first. */
    @Bean
    KafkaAdmin.NewTopics platformTopics(MessageCatalog catalog, MessagingProperties properties) {
        var topics = new ArrayList<NewTopic>();
        for (String topic : catalog.topics()) {
            topics.add(topic(topic, properties.topics()));
            topics.add(topic(DeadLetters.topicFor(topic), properties.topics()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaOperations<?, ?> kafka, MessagingProperties properties,
            @Value("${spring.application.name}") String service, ObjectProvider<MeterRegistry> meters) {
        return DeadLetterPublishing.errorHandler(kafka, properties.retry(), service,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    OutboxMetrics outboxMetrics(JdbcTemplate jdbc, Clock clock) {
        return new OutboxMetrics(jdbc, clock);
    }

    @Bean
    @SuppressWarnings("unchecked")
    DeadLetterOffice deadLetterOffice(MessageCatalog catalog, ConsumerFactory<?, ?> consumers,
            KafkaOperations<?, ?> kafka, JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${spring.application.name}") String service) {
        return new DeadLetterOffice(catalog, consumers, (KafkaOperations<Object, Object>) kafka, jdbc,
                new TransactionTemplate(transactionManager), clock, service);
    }

    @Bean
    @ConditionalOnAvailableEndpoint(endpoint = DeadLettersEndpoint.class)
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterOffice office) {
        return new DeadLettersEndpoint(office);
    }

    @Bean
    MessageJournal messageJournal(JdbcTemplate jdbc) {
        return new MessageJournal(jdbc);
    }

    @Bean
    RecordInterceptor<Object, Object> businessKeyRecordInterceptor(MessageCatalog catalog) {
        return new BusinessKeyRecordInterceptor(catalog);
    }

    @Bean
    @ConditionalOnBean(MessageHandler.class)
    InboundMessages inboundMessages(MessageCatalog catalog, ObjectMapper objectMapper, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, Clock clock, MessageTracing tracing,
            List<MessageHandler<?>> handlers) {
        // Payloads may carry fields added by a newer producer: a consumer reads what it knows.
        var messageMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new InboundMessages(catalog, messageMapper, new Inbox(jdbc, clock),
                new TransactionTemplate(transactionManager), tracing, handlers);
    }

    private static NewTopic topic(String name, MessagingProperties.Topics settings) {
        return TopicBuilder.name(name)
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .build();
    }
}
