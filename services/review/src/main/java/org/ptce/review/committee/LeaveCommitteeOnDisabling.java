package org.ptce.review.committee;

import org.ptce.identity.api.PersonDisabled;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

/**
 * A member whose account a coordinator disabled leaves their network's roster: no new assignment, while what they
 * were assigned and evaluated stays. A re-enabled account comes back as a registration.
 */
@Component
class LeaveCommitteeOnDisabling implements MessageHandler<PersonDisabled> {

    private final CommitteeMembers members;
    private final JdbcAggregateOperations aggregates;

    LeaveCommitteeOnDisabling(CommitteeMembers members, JdbcAggregateOperations aggregates) {
        this.members = members;
        this.aggregates = aggregates;
    }

    @Override
    public void handle(IncomingMessage<PersonDisabled> message) {
        PersonDisabled disabled = message.payload();
        // Recorded even for one who left already, so that an older registration read late does not bring them back.
        members.findById(disabled.personId())
                .filter(member -> !member.isNewerThan(disabled.disabledAt()))
                .ifPresent(member -> aggregates.update(member.leaving(disabled.disabledAt())));
    }
}
