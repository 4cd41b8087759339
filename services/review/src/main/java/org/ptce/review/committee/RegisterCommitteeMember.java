package org.ptce.review.committee;

import java.util.EnumSet;

import org.ptce.identity.api.PersonRegistered;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.platform.security.Role;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

/** A reviewer or a delegate announced by the identity provider joins their network's roster; others are not ours. */
@Component
class RegisterCommitteeMember implements MessageHandler<PersonRegistered> {

    private final CommitteeMembers members;
    private final JdbcAggregateOperations aggregates;

    RegisterCommitteeMember(CommitteeMembers members, JdbcAggregateOperations aggregates) {
        this.members = members;
        this.aggregates = aggregates;
    }

    @Override
    public void handle(IncomingMessage<PersonRegistered> message) {
        PersonRegistered person = message.payload();
        var roles = EnumSet.noneOf(Role.class);
        person.roles().forEach(role -> roles.add(Role.valueOf(role)));
        // A person who both reviews and delegates counts as a reviewer for the assignments.
        Role role = roles.contains(Role.REVIEWER) ? Role.REVIEWER
                : roles.contains(Role.NETWORK_DELEGATE) ? Role.NETWORK_DELEGATE : null;
        // A coordinator neither votes nor validates for a network, whatever else their account says.
        if (role == null || person.network() == null || roles.contains(Role.COORDINATOR)) {
            return;
        }
        var member = new CommitteeMember(person.personId(), person.displayName(), person.network(), role,
                person.organisationSiret(), person.registeredAt());
        if (members.existsById(member.personId())) {
            aggregates.update(member);
        } else {
            aggregates.insert(member);
        }
    }
}
