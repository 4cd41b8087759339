package org.ptce.publication.reminder;

import java.sql.Timestamp;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.NetworkValidationReminded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every delegate of a network that has not answered a round of the ranked list is written a reminder; a disabled one
 * is not counted on to answer.
 */
@Component
class RemindSilentNetwork implements MessageHandler<NetworkValidationReminded> {

    private static final Logger log = LoggerFactory.getLogger(RemindSilentNetwork.class);

    private final JdbcClient jdbc;

    RemindSilentNetwork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(IncomingMessage<NetworkValidationReminded> message) {
        NetworkValidationReminded reminded = message.payload();
        int delegates = jdbc.sql("""
                        insert into reminders (id, person_id, kind, call_id, network, round, created_at)
                        select gen_random_uuid(), person_id, 'NETWORK_VALIDATION', ?, ?, ?, ?
                        from people_written_to where network = ? and 'NETWORK_DELEGATE' = any (roles)""")
                .params(reminded.callId(), reminded.network().name(), reminded.round(),
                        Timestamp.from(reminded.remindedAt()), reminded.network().name())
                .update();
        if (delegates == 0) {
            log.warn("No delegate of {} is known: nobody to remind", reminded.network());
        }
    }
}
