package org.ptce.applications.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.applications.api.CallOpened;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A call for candidacies, from its draft by the coordinator to its opening. */
@Table("calls")
class Call {

    @Id
    private final UUID id;
    private final String title;
    private final String description;
    private final Instant submissionDeadline;
    private final Set<Network> participatingNetworks;
    private CallStatus status;
    private final Instant createdAt;
    private final String createdBy;
    private Instant openedAt;
    private String openedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Call(UUID id, String title, String description, Instant submissionDeadline, Set<Network> participatingNetworks,
            CallStatus status, Instant createdAt, String createdBy, Instant openedAt, String openedBy,
            Integer version) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.submissionDeadline = submissionDeadline;
        this.participatingNetworks = participatingNetworks;
        this.status = status;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.version = version;
    }

    static Call draft(CallDraft draft, Instant now, String coordinator) {
        return new Call(UUID.randomUUID(), draft.title().strip(), draft.description().strip(),
                draft.submissionDeadline(), Set.copyOf(draft.participatingNetworks()), CallStatus.DRAFT, now,
                coordinator, null, null, null);
    }

    /** Opens the call to submissions, and says so to the other services. */
    CallOpened open(Instant now, String coordinator) {
        if (status != CallStatus.DRAFT) {
            throw new ConflictException("Call " + id + " is " + status + ", only a DRAFT call can be opened");
        }
        if (!submissionDeadline.isAfter(now)) {
            throw new InvalidFieldException("submissionDeadline",
                    "is " + submissionDeadline + ", already past: a call opens before its deadline");
        }
        status = CallStatus.OPEN;
        openedAt = now;
        openedBy = coordinator;
        return new CallOpened(id, title, submissionDeadline, participatingNetworks, now);
    }

    CallView view() {
        return new CallView(id, title, description, submissionDeadline, participatingNetworks, status, createdAt,
                createdBy, openedAt, openedBy);
    }

    UUID id() {
        return id;
    }
}
