package org.ptce.review.committee;

import java.util.List;

import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.springframework.data.repository.ListCrudRepository;

public interface CommitteeMembers extends ListCrudRepository<CommitteeMember, String> {

    List<CommitteeMember> findByNetworkAndRoleOrderByPersonId(Network network, Role role);

    List<CommitteeMember> findByNetworkOrderByRoleAscDisplayNameAsc(Network network);
}
