package org.ptce.publication.person;

import java.sql.Timestamp;

import org.ptce.identity.api.PersonRegistered;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publication keeps the address each person is written to, for the notifications and reminders it e-mails, and
 * their roles and network, to find a network's delegates. Each registration is the person's whole state, an enabled
 * account's; one older than the state kept (a registration or a disabling read before it) changes nothing.
 */
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
                        insert into people (person_id, display_name, email, roles, network, registered_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (person_id) do update
                        set display_name = excluded.display_name, email = excluded.email, roles = excluded.roles,
                            network = excluded.network, registered_at = excluded.registered_at, disabled_at = null
                        where greatest(people.registered_at, people.disabled_at) <= excluded.registered_at""")
                .params(person.personId(), person.displayName(), person.email(),
                        person.roles().stream().sorted().toArray(String[]::new),
                        person.network() == null ? null : person.network().name(),
                        Timestamp.from(person.registeredAt()))
                .update();
    }
}
