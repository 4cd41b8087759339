package org.ptce.platform.messaging.backbone;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.messaging.PoisonMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A small service on the backbone: it takes notes (producer) and copies the notes it hears of (consumer). */
@SpringBootApplication
public class BackboneTestApplication {

    /** Texts that make the handler fail: as many times as counted, or forever. */
    static final String FAILS_FOREVER = "fails forever";
    static final String REJECTED = "rejected by a rule";
    static final Map<String, AtomicInteger> failuresToCome = new ConcurrentHashMap<>();

    @Service
    static class Notes {

        private final JdbcTemplate jdbc;
        private final MessagePublisher messages;

        Notes(JdbcTemplate jdbc, MessagePublisher messages) {
            this.jdbc = jdbc;
            this.messages = messages;
        }

        @Transactional
        public UUID take(UUID candidacyId, String text, int pages) {
            var id = UUID.randomUUID();
            jdbc.update("insert into note (id, candidacy_id, text) values (?, ?, ?)", id, candidacyId, text);
            messages.publish(new NoteTaken(candidacyId, text, pages));
            return id;
        }
    }

    @Component
    static class CopyNote implements MessageHandler<NoteTaken> {

        private static final Logger log = LoggerFactory.getLogger(CopyNote.class);

        private final JdbcTemplate jdbc;

        CopyNote(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void handle(IncomingMessage<NoteTaken> message) {
            String text = message.payload().text();
            log.info("Copying a note of {} characters", text.length());
            jdbc.update("insert into note_copy (message_id, candidacy_id, text) values (?, ?, ?)", message.id(),
                    message.payload().candidacyId(), text);
            if (REJECTED.equals(text)) {
                throw new PoisonMessageException("notes saying '" + REJECTED + "' are never accepted");
            }
            if (FAILS_FOREVER.equals(text)) {
                throw new IllegalStateException("the copier is out of order");
            }
            AtomicInteger failures = failuresToCome.get(text);
            if (failures != null && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("the copier is busy, try later");
            }
        }
    }
}
