package org.ptce.publication.person;

import java.sql.Timestamp;

import org.ptce.identity.api.PersonDisabled;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person whose account is disabled is written to no more (see the {@code people_written_to} view): what is queued
 * for them waits, and leaves if a newer registration enables them again. A disabling older than the registration
 * kept changes nothing.
 */
@Component
class DisablePerson implements MessageHandler<PersonDisabled> {

    private final JdbcClient jdbc;

    DisablePerson(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(IncomingMessage<PersonDisabled> message) {
        PersonDisabled disabled = message.payload();
        Timestamp at = Timestamp.from(disabled.disabledAt());
        jdbc.sql("""
                        update people set disabled_at = ?
                        where person_id = ? and greatest(registered_at, disabled_at) <= ?""")
                .params(at, disabled.personId(), at)
                .update();
    }
}
