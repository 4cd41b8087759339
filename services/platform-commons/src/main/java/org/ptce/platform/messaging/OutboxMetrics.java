package org.ptce.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the outbox lags behind: how many messages wait to be acknowledged by Kafka, and for how long the oldest has
 * waited. Both grow when the broker is down or slow; read at each scrape, NaN while the database cannot answer.
 */
class OutboxMetrics implements MeterBinder {

    static final String BACKLOG = "ptce.outbox.backlog";
    static final String OLDEST_AGE = "ptce.outbox.oldest.age";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(BACKLOG, this, OutboxMetrics::backlog)
                .description("Messages in the outbox not yet acknowledged by Kafka")
                .baseUnit("messages")
                .register(registry);
        Gauge.builder(OLDEST_AGE, this, OutboxMetrics::oldestAgeSeconds)
                .description("How long the oldest message of the outbox has waited for Kafka (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    private double backlog() {
        try {
            Long count = jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null", Long.class);
            return count == null ? 0 : count;
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }

    private double oldestAgeSeconds() {
        try {
            Timestamp oldest = jdbc.queryForObject(
                    "select min(publication_date) from event_publication where completion_date is null",
                    Timestamp.class);
            return oldest == null ? 0 : Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0;
        } catch (DataAccessException unavailable) {
            return Double.NaN;
        }
    }
}
