package org.ptce.review.committee;

import java.util.List;

import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CommitteeMembers extends ListCrudRepository<CommitteeMember, String> {

    /**
     * The network's roster: its members who have not left it, delegates first, then by name. The one place that
     * decides who may be given new work; those who left keep their rows for what they did.
     */
    @Query("select * from committee_members where network = :network and active order by role, display_name")
    List<CommitteeMember> rosterOf(Network network);

    /** The reviewers on the network's roster: those who may be assigned a candidacy. */
    default List<CommitteeMember> reviewersOf(Network network) {
        return rosterOf(network).stream().filter(member -> member.role() == Role.REVIEWER).toList();
    }
}
