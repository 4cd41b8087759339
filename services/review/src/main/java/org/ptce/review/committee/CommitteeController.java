package org.ptce.review.committee;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Committee", description = "The reviewers and delegates of each network")
class CommitteeController {

    private final CommitteeMembers members;

    CommitteeController(CommitteeMembers members) {
        this.members = members;
    }

    @GetMapping("/api/networks/{network}/members")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'REVIEWER', 'NETWORK_DELEGATE')")
    @Operation(summary = "A network's reviewers and delegates",
            description = "Those on its roster today (not those who left it, nor the disabled), for coordinators, and "
                    + "for the network's own members.")
    List<CommitteeMemberView> members(@PathVariable Network network) {
        var reader = PlatformUser.require();
        if (!reader.has(Role.COORDINATOR) && reader.network() != network) {
            throw new NotFoundException("network you belong to", network);
        }
        return members.rosterOf(network).stream().map(CommitteeMemberView::of)
                .toList();
    }

    /** A member as others see them: their organisation stays with the assignments. */
    record CommitteeMemberView(String personId, String displayName, Network network, Role role) {

        static CommitteeMemberView of(CommitteeMember member) {
            return new CommitteeMemberView(member.personId(), member.displayName(), member.network(), member.role());
        }
    }
}
