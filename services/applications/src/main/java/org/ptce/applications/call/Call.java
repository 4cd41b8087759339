package org.ptce.applications.call;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.EvaluationGrid;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A call for candidacies, from its draft by the coordinator to its opening. */
@Table("calls")
class Call {

    @Id
    private final UUID id;
    private String title;
    private String description;
    private Instant submissionDeadline;
    private Set<Network> participatingNetworks;
    @MappedCollection(idColumn = "call_id", keyColumn = "position")
    private List<Criterion> criteria;
    private BigDecimal totalThreshold;
    private List<String> requiredDocuments;
    private Instant reviewDeadline;
    /** ISO-8601, as the engine's timers read it. */
    private String completionTimeLimit;
    private CallStatus status;
    private final Instant createdAt;
    private final String createdBy;
    /** The draft's last revision, by whom: {@code null} while it is as it was created. */
    private Instant updatedAt;
    private String updatedBy;
    private Instant openedAt;
    private String openedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Call(UUID id, String title, String description, Instant submissionDeadline, Set<Network> participatingNetworks,
            List<Criterion> criteria, BigDecimal totalThreshold, List<String> requiredDocuments,
            Instant reviewDeadline, String completionTimeLimit, CallStatus status, Instant createdAt,
            String createdBy, Instant updatedAt, String updatedBy, Instant openedAt, String openedBy,
            Integer version) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.submissionDeadline = submissionDeadline;
        this.participatingNetworks = participatingNetworks;
        this.criteria = criteria;
        this.totalThreshold = totalThreshold;
        this.requiredDocuments = requiredDocuments;
        this.reviewDeadline = reviewDeadline;
        this.completionTimeLimit = completionTimeLimit;
        this.status = status;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.version = version;
    }

    static Call draft(CallDraft draft, Instant now, String coordinator, CompletionTimeBounds completionTimes) {
        requireRulesKept(draft, completionTimes);
        var call = new Call(UUID.randomUUID(), null, null, null, null, null, null, null, null, null,
                CallStatus.DRAFT, now, coordinator, null, null, null, null, null);
        call.write(draft);
        return call;
    }

    /**
     * Rewrites the draft as a whole, under the same rules as when it was created. Once the call is open, what the
     * other services were told of it stands: it is not changed any more.
     */
    void revise(CallDraft draft, Instant now, String coordinator, CompletionTimeBounds completionTimes) {
        if (status != CallStatus.DRAFT) {
            throw new ConflictException("Call " + id + " is " + status + ", only a DRAFT call can be changed");
        }
        requireRulesKept(draft, completionTimes);
        write(draft);
        updatedAt = now;
        updatedBy = coordinator;
    }

    private static void requireRulesKept(CallDraft draft, CompletionTimeBounds completionTimes) {
        var invalid = new ArrayList<FieldError>();
        if (!draft.reviewDeadline().isAfter(draft.submissionDeadline())) {
            invalid.add(new FieldError("reviewDeadline", "must come after the submission deadline"));
        }
        if (!completionTimes.allow(draft.completionTimeLimit())) {
            invalid.add(new FieldError("completionTimeLimit", completionTimes.describe()));
        }
        var codes = new HashSet<String>();
        List<Criterion> criteria = draft.evaluationGrid().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            if (!codes.add(criteria.get(i).code())) {
                invalid.add(new FieldError("evaluationGrid.criteria[" + i + "].code", "appears twice in the grid"));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid);
        }
    }

    private void write(CallDraft draft) {
        title = draft.title().strip();
        description = draft.description().strip();
        submissionDeadline = draft.submissionDeadline();
        participatingNetworks = Set.copyOf(draft.participatingNetworks());
        criteria = List.copyOf(draft.evaluationGrid().criteria());
        totalThreshold = draft.evaluationGrid().totalThreshold();
        requiredDocuments = draft.requiredDocuments() == null ? List.of()
                : draft.requiredDocuments().stream().map(String::strip).toList();
        reviewDeadline = draft.reviewDeadline();
        completionTimeLimit = draft.completionTimeLimit().toString();
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
        if (criteria.isEmpty()) {
            // Drafts made before calls had grids: the reviewers need one.
            throw new InvalidFieldException("evaluationGrid", "is empty: a call opens with the grid its reviewers "
                    + "score on");
        }
        status = CallStatus.OPEN;
        openedAt = now;
        openedBy = coordinator;
        return new CallOpened(id, title, submissionDeadline, participatingNetworks, grid(), requiredDocuments,
                reviewDeadline, completionTimeLimit, now, description);
    }

    CallView view() {
        return new CallView(id, title, description, submissionDeadline, participatingNetworks, grid(),
                requiredDocuments, reviewDeadline, Duration.parse(completionTimeLimit), status, createdAt, createdBy,
                updatedAt, updatedBy, openedAt, openedBy);
    }

    UUID id() {
        return id;
    }

    private EvaluationGrid grid() {
        return new EvaluationGrid(criteria.stream().map(Criterion::message).toList(), totalThreshold);
    }
}
