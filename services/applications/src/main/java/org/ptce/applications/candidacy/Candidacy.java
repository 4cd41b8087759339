package org.ptce.applications.candidacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.applications.api.CandidacyCompleted;
import org.ptce.applications.api.CandidacyDossier;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A PTCE's candidacy to a call: drafted, then submitted before the deadline, by its holder alone. A draft is the
 * holder's only; once submitted, the coordinators follow it.
 */
@Table("candidacies")
class Candidacy {

    @Id
    private final UUID id;
    private final UUID callId;
    private final String holderId;
    private String ptceName;
    private String legalForm;
    private boolean privateLawEntity;
    private Boolean alreadySupportedByState;
    @Embedded.Empty
    private Territory territory;
    @MappedCollection(idColumn = "candidacy_id", keyColumn = "position")
    private List<Member> members;
    private List<String> themes;
    private String cooperationStrategy;
    private String objectives;
    private String indicators;
    private BigDecimal budgetEuros;
    private CandidacyStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant withdrawnAt;
    private String completionRequest;
    private Instant completionDueAt;
    private Instant completedAt;
    private String admissibilityMotivation;
    private Instant admissibilityDecidedAt;
    private String outcomeMotivation;
    private Instant decidedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Candidacy(UUID id, UUID callId, String holderId, String ptceName, String legalForm, boolean privateLawEntity,
            Boolean alreadySupportedByState, Territory territory, List<Member> members, List<String> themes,
            String cooperationStrategy, String objectives, String indicators, BigDecimal budgetEuros,
            CandidacyStatus status, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant withdrawnAt,
            String completionRequest, Instant completionDueAt, Instant completedAt, String admissibilityMotivation,
            Instant admissibilityDecidedAt, String outcomeMotivation, Instant decidedAt, Integer version) {
        this.id = id;
        this.callId = callId;
        this.holderId = holderId;
        this.ptceName = ptceName;
        this.legalForm = legalForm;
        this.privateLawEntity = privateLawEntity;
        this.alreadySupportedByState = alreadySupportedByState;
        this.territory = territory == null ? Territory.NONE : territory;
        this.members = members;
        this.themes = themes;
        this.cooperationStrategy = cooperationStrategy;
        this.objectives = objectives;
        this.indicators = indicators;
        this.budgetEuros = budgetEuros;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.submittedAt = submittedAt;
        this.withdrawnAt = withdrawnAt;
        this.completionRequest = completionRequest;
        this.completionDueAt = completionDueAt;
        this.completedAt = completedAt;
        this.admissibilityMotivation = admissibilityMotivation;
        this.admissibilityDecidedAt = admissibilityDecidedAt;
        this.outcomeMotivation = outcomeMotivation;
        this.decidedAt = decidedAt;
        this.version = version;
    }

    static Candidacy draft(UUID callId, String holderId, CandidacyContent content, Instant now) {
        var candidacy = new Candidacy(UUID.randomUUID(), callId, holderId, null, null, false, null, Territory.NONE,
                List.of(), List.of(), null, null, null, null, CandidacyStatus.DRAFT, now, now, null, null, null, null,
                null, null, null, null, null, null);
        candidacy.write(content, now);
        return candidacy;
    }

    /** Replaces the draft's content with what the holder wrote; a candidacy asked for completions is completed so. */
    void edit(CandidacyContent content, Instant now) {
        requireWritable(now);
        write(content, now);
    }

    /**
     * Refuses a change unless the candidacy is a draft (whose call's deadline the service checks) or asked for
     * completions, before their due date.
     */
    void requireWritable(Instant now) {
        if (status != CandidacyStatus.DRAFT && status != CandidacyStatus.COMPLETION_REQUESTED) {
            throw new ConflictException("Candidacy " + id + " is " + status
                    + ": only a draft, or a candidacy asked for completions, can be changed");
        }
        if (status == CandidacyStatus.COMPLETION_REQUESTED) {
            requireBeforeCompletionDeadline(now);
        }
    }

    /**
     * Sends the completed dossier back to the admissibility check. Sending it again changes nothing: a holder whose
     * browser retried gets the same answer.
     */
    CandidacyCompleted complete(Instant now) {
        if (status == CandidacyStatus.SUBMITTED && completedAt != null) {
            return null;
        }
        if (status != CandidacyStatus.COMPLETION_REQUESTED) {
            throw new ConflictException("Candidacy " + id + " is " + status + ": no completion was asked for");
        }
        requireBeforeCompletionDeadline(now);
        status = CandidacyStatus.SUBMITTED;
        completedAt = now;
        updatedAt = now;
        return new CandidacyCompleted(id, callId, dossier(), now);
    }

    /**
     * The coordinator asked for completions. Answers whether the candidacy takes the request: a withdrawn one has
     * nothing left to complete, and one the call's decision placed is not reopened by a request that came late.
     */
    boolean requestCompletion(String missingItems, Instant dueAt, Instant at) {
        if (status == CandidacyStatus.WITHDRAWN || status.isOutcome()) {
            return false;
        }
        status = CandidacyStatus.COMPLETION_REQUESTED;
        completionRequest = missingItems;
        completionDueAt = dueAt;
        completedAt = null;
        updatedAt = at;
        return true;
    }

    /**
     * The admissibility was decided. Answers whether the candidacy takes the decision: a withdrawn one does not. The
     * call's decision, on another topic, may overtake it: the outcome then stays, and the motivation is recorded.
     */
    boolean decideAdmissibility(boolean admissible, String motivation, Instant at) {
        if (status == CandidacyStatus.WITHDRAWN) {
            return false;
        }
        if (!status.isOutcome()) {
            status = admissible ? CandidacyStatus.ADMISSIBLE : CandidacyStatus.INADMISSIBLE;
        }
        admissibilityMotivation = motivation;
        admissibilityDecidedAt = at;
        updatedAt = at;
        return true;
    }

    /**
     * The call's decision placed the candidacy. Answers whether the candidacy takes it: a withdrawn one does not, and
     * one already placed keeps its place (a call is decided once).
     */
    boolean decideOutcome(CandidacyStatus outcome, String motivation, Instant at) {
        if (!outcome.isOutcome()) {
            throw new IllegalArgumentException(outcome + " is not an outcome of a call's decision");
        }
        if (status == CandidacyStatus.WITHDRAWN || status.isOutcome()) {
            return false;
        }
        status = outcome;
        outcomeMotivation = motivation;
        decidedAt = at;
        updatedAt = at;
        return true;
    }

    /**
     * Submits the candidacy. Submitting it again changes nothing and tells nobody twice: a holder whose browser
     * retried gets the same answer.
     */
    CandidacySubmitted submit(Instant now) {
        if (wasSubmitted()) {
            return null;
        }
        if (status != CandidacyStatus.DRAFT) {
            throw new ConflictException("Candidacy " + id + " is " + status + ": it cannot be submitted");
        }
        status = CandidacyStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        return new CandidacySubmitted(id, callId, holderId, dossier(), now);
    }

    /**
     * Withdraws the candidacy, and says so when it had been submitted: a draft was nobody else's business. Withdrawing
     * it again changes nothing. A candidacy found inadmissible, or placed by the call's decision, has been decided on,
     * and stays so.
     */
    CandidacyWithdrawn withdraw(Instant now) {
        if (status == CandidacyStatus.WITHDRAWN) {
            return null;
        }
        if (status == CandidacyStatus.INADMISSIBLE) {
            throw new ConflictException("Candidacy " + id + " was found inadmissible: a decided candidacy cannot be "
                    + "withdrawn");
        }
        if (status.isOutcome()) {
            throw new ConflictException("Candidacy " + id + " is " + status + " by the call's decision: a decided "
                    + "candidacy cannot be withdrawn");
        }
        boolean wasSubmitted = submittedAt != null;
        status = CandidacyStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
        return wasSubmitted ? new CandidacyWithdrawn(id, callId, now) : null;
    }

    /** The eligibility facts the candidacy does not meet yet. */
    Set<EligibilityRule> unmetEligibility() {
        var unmet = EnumSet.noneOf(EligibilityRule.class);
        if (!privateLawEntity || legalForm == null || legalForm.isBlank()) {
            unmet.add(EligibilityRule.PRIVATE_LAW_ENTITY);
        }
        if (members.size() < 3) {
            unmet.add(EligibilityRule.AT_LEAST_THREE_MEMBERS);
        }
        if (members.stream().noneMatch(member -> member.kind() == MemberKind.ESS_ENTERPRISE)) {
            unmet.add(EligibilityRule.AN_ESS_ENTERPRISE);
        }
        if (members.stream().noneMatch(member -> member.kind() == MemberKind.ENTERPRISE)) {
            unmet.add(EligibilityRule.AN_ENTERPRISE_OUTSIDE_ESS);
        }
        if (members.stream().noneMatch(member -> member.kind().isOtherArticle9Actor())) {
            unmet.add(EligibilityRule.ANOTHER_ARTICLE_9_ACTOR);
        }
        if (!territory.isDefined()) {
            unmet.add(EligibilityRule.DEFINED_TERRITORY);
        }
        if (!describesItsProject()) {
            unmet.add(EligibilityRule.INNOVATIVE_PROJECT);
        }
        if (!Boolean.FALSE.equals(alreadySupportedByState)) {
            unmet.add(EligibilityRule.NO_PRIOR_STATE_SUPPORT);
        }
        return unmet;
    }

    CandidacyView view() {
        return new CandidacyView(id, callId, holderId, ptceName, legalForm, privateLawEntity, alreadySupportedByState,
                territory, members, themes, cooperationStrategy, objectives, indicators, budgetEuros, status,
                createdAt, updatedAt, submittedAt, withdrawnAt, completionRequest, completionDueAt, completedAt,
                admissibilityMotivation, admissibilityDecidedAt, outcomeMotivation, decidedAt);
    }

    UUID id() {
        return id;
    }

    UUID callId() {
        return callId;
    }

    String holderId() {
        return holderId;
    }

    CandidacyStatus status() {
        return status;
    }

    /** Whether it was submitted, whatever became of it since, except a withdrawal. */
    boolean wasSubmitted() {
        return submittedAt != null && status != CandidacyStatus.WITHDRAWN;
    }

    /** Whether the reader may see it: its holder always, a coordinator once it has been submitted. */
    boolean readableBy(String readerId, boolean coordinator) {
        return holderId.equals(readerId) || (coordinator && submittedAt != null);
    }

    private void requireBeforeCompletionDeadline(Instant now) {
        if (!now.isBefore(completionDueAt)) {
            throw new DeadlinePassedException(DeadlinePassedException.COMPLETION, completionDueAt);
        }
    }

    private CandidacyDossier dossier() {
        return new CandidacyDossier(ptceName, legalForm, privateLawEntity, alreadySupportedByState,
                members.stream().map(member -> new CandidacyDossier.Member(member.name(), member.kind().name(),
                        member.siret())).toList(),
                territory.communes(), territory.epci(), territory.departement(), territory.region(), themes,
                budgetEuros, describesItsProject());
    }

    private boolean describesItsProject() {
        return cooperationStrategy != null && !cooperationStrategy.isBlank() && objectives != null
                && !objectives.isBlank();
    }

    private void write(CandidacyContent content, Instant now) {
        var written = content.members() == null ? List.<CandidacyContent.MemberContent>of() : content.members();
        var invalid = new ArrayList<FieldError>();
        for (int i = 0; i < written.size(); i++) {
            String siret = written.get(i).siret();
            if (siret != null && !Siret.isValid(siret)) {
                invalid.add(new FieldError("members[" + i + "].siret",
                        "is not a valid SIRET: its checksum does not hold"));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid);
        }
        ptceName = content.ptceName().strip();
        legalForm = content.legalForm();
        privateLawEntity = Boolean.TRUE.equals(content.privateLawEntity());
        alreadySupportedByState = content.alreadySupportedByState();
        var place = content.territory();
        territory = place == null ? Territory.NONE : new Territory(
                place.communes() == null ? List.of() : List.copyOf(place.communes()), place.epci(),
                place.departement(), place.region());
        members = written.stream().map(member -> new Member(member.name().strip(), member.kind(), member.siret()))
                .toList();
        themes = content.themes() == null ? List.of() : List.copyOf(content.themes());
        cooperationStrategy = content.cooperationStrategy();
        objectives = content.objectives();
        indicators = content.indicators();
        budgetEuros = content.budgetEuros();
        updatedAt = now;
    }
}
