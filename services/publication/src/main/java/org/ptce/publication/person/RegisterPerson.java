package org.ptce.publication.person;

import java.sql.Timestamp;

import org.ptce.identity.api.PersonRegistered;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Publication keeps the address each person is written to, for the notifications it e-mails. */
@Component
class RegisterPerson implements MessageHandler<PersonRegistered> {

    private final JdbcClient jdbc;

    RegisterPerson(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(IncomingMessage<PersonRegistered> message) {
        PersonRegistered person = message.payload();
        jdbc.sql("""
                        insert into people (person_id, display_name, email, registered_at) values (?, ?, ?, ?)
                        on conflict (person_id) do update
                        set display_name = excluded.display_name, email = excluded.email,
                            registered_at = excluded.registered_at""")
                .params(person.personId(), person.displayName(), person.email(),
                        Timestamp.from(person.registeredAt()))
                .update();
    }
}
