package org.ptce.platform.messaging;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What this service received and sent about one business key, in time order, with who caused each message: read from
 * the inbox and the outbox, which keep every message (the outbox archives what it sent).
 */
public class MessageJournal {

    private final JdbcTemplate jdbc;

    MessageJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One message in the journal: received or sent, its type, who caused it, and when this service handled it. */
    public record Entry(Direction direction, String type, String actor, Instant at) {

        /** The message's name without its namespace and version (CandidacySubmitted). */
        public String name() {
            String withoutVersion = type.replaceFirst("\\.v\\d+$", "");
            return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
        }
    }

    public enum Direction {
        RECEIVED, SENT
    }

    @Transactional(readOnly = true)
    public List<Entry> about(String subject) {
        return jdbc.query("""
                        select 'RECEIVED' as direction, message_type as type, actor, processed_at as at
                        from processed_message where subject = ?
                        union all
                        select 'SENT', serialized_event::jsonb ->> 'type', serialized_event::jsonb ->> 'actor',
                               publication_date
                        from event_publication where (serialized_event::jsonb) ->> 'subject' = ?
                        union all
                        select 'SENT', serialized_event::jsonb ->> 'type', serialized_event::jsonb ->> 'actor',
                               publication_date
                        from event_publication_archive where (serialized_event::jsonb) ->> 'subject' = ?
                        order by at""",
                (row, n) -> new Entry(Direction.valueOf(row.getString("direction")), row.getString("type"),
                        row.getString("actor"), row.getTimestamp("at").toInstant()),
                subject, subject, subject);
    }
}
