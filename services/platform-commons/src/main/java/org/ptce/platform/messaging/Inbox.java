package org.ptce.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids of the messages this service has already handled. Recording one happens in the transaction of its effect:
 * when the record already exists, the effect happened already and the delivery is a repeat.
 */
class Inbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Inbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the message as processed; false when it already was. */
    boolean recordFirstDelivery(IncomingMessage<?> message) {
        // A concurrent delivery of the same id waits on the primary key until the first commits, then sees it.
        int inserted = jdbc.update("""
                insert into processed_message (source, message_id, message_type, subject, actor, processed_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (source, message_id) do nothing""",
                message.source().toString(), message.id(), message.type(), message.subject(), message.actor(),
                Timestamp.from(clock.instant()));
        return inserted == 1;
    }
}
