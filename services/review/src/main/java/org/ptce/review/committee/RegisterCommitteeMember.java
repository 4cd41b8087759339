package org.ptce.review.committee;

import java.util.EnumSet;
import java.util.Optional;

import org.ptce.identity.api.PersonRegistered;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

/**
 * A reviewer or a delegate announced by the identity provider joins their network's roster, or comes back to it,
 * in the network announced (their past assignments keep their own). A member announced as neither any more leaves
 * it; others are not ours. The newest announcement is the person's state: an older one read late changes nothing.
 */
@Component
class RegisterCommitteeMember implements MessageHandler<PersonRegistered> {

    private static final Logger log = LoggerFactory.getLogger(RegisterCommitteeMember.class);

    private final CommitteeMembers members;
    private final JdbcAggregateOperations aggregates;

    RegisterCommitteeMember(CommitteeMembers members, JdbcAggregateOperations aggregates) {
        this.members = members;
        this.aggregates = aggregates;
    }

    @Override
    public void handle(IncomingMessage<PersonRegistered> message) {
        PersonRegistered person = message.payload();
        Optional<CommitteeMember> known = members.findById(person.personId());
        if (known.isPresent() && known.get().isNewerThan(person.registeredAt())) {
            log.info("Ignoring the registration of {} announced at {}: the roster knows a newer state",
                    person.personId(), person.registeredAt());
            return;
        }
        Role role = committeeRole(person);
        if (role == null) {
            // Even one who left already: the newer instant keeps an older announcement from bringing them back.
            known.ifPresent(member -> aggregates.update(member.leaving(person.registeredAt())));
            return;
        }
        var member = new CommitteeMember(person.personId(), person.displayName(), person.network(), role,
                person.organisationSiret(), person.registeredAt(), true, person.registeredAt());
        if (known.isPresent()) {
            aggregates.update(member);
        } else {
            aggregates.insert(member);
        }
    }

    /** The role the person has on their network's roster, or null when they are not on any. */
    private static Role committeeRole(PersonRegistered person) {
        var roles = EnumSet.noneOf(Role.class);
        person.roles().forEach(role -> roles.add(Role.valueOf(role)));
        // A coordinator neither votes nor validates for a network, whatever else their account says.
        if (person.network() == null || roles.contains(Role.COORDINATOR)) {
            return null;
        }
        // A person who both reviews and delegates counts as a reviewer for the assignments.
        return roles.contains(Role.REVIEWER) ? Role.REVIEWER
                : roles.contains(Role.NETWORK_DELEGATE) ? Role.NETWORK_DELEGATE : null;
    }
}
