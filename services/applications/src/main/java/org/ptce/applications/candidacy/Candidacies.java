package org.ptce.applications.candidacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.ptce.applications.call.OpenCalls;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.messaging.PoisonMessageException;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.NotFoundException;
import org.ptce.workflow.api.AdmissibilityDecided;
import org.ptce.workflow.api.CompletionRequested;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holders' work on their candidacies. A candidacy is its holder's: nobody else may change it, and only the
 * coordinators may read it, once submitted; to anyone else it does not exist.
 */
@Service
class Candidacies {

    private static final Logger log = LoggerFactory.getLogger(Candidacies.class);

    private final CandidacyRepository repository;
    private final OpenCalls openCalls;
    private final MessagePublisher messages;
    private final AssignedReviewers assignedReviewers;
    private final Clock clock;

    Candidacies(CandidacyRepository repository, OpenCalls openCalls, MessagePublisher messages,
            AssignedReviewers assignedReviewers, Clock clock) {
        this.repository = repository;
        this.openCalls = openCalls;
        this.messages = messages;
        this.assignedReviewers = assignedReviewers;
        this.clock = clock;
    }

    @Transactional
    CandidacyView draft(UUID callId, CandidacyContent content, PlatformUser holder) {
        Instant now = beforeDeadline(callId);
        return repository.save(Candidacy.draft(callId, holder.id(), content, now)).view();
    }

    @Transactional
    CandidacyView edit(UUID candidacyId, CandidacyContent content, PlatformUser holder) {
        Candidacy candidacy = own(candidacyId, holder);
        candidacy.edit(content, writingTime(candidacy));
        return repository.save(candidacy).view();
    }

    @Transactional
    CandidacyView submit(UUID candidacyId, PlatformUser holder) {
        Candidacy candidacy = own(candidacyId, holder);
        if (candidacy.wasSubmitted()) {
            return candidacy.view();
        }
        var submitted = candidacy.submit(beforeDeadline(candidacy.callId()));
        messages.publish(submitted);
        log.info("Candidacy submitted to the call {}", candidacy.callId());
        return repository.save(candidacy).view();
    }

    @Transactional
    CandidacyView complete(UUID candidacyId, PlatformUser holder) {
        Candidacy candidacy = own(candidacyId, holder);
        var completed = candidacy.complete(clock.instant());
        if (completed != null) {
            messages.publish(completed);
        }
        return repository.save(candidacy).view();
    }

    /** The coordinator asked for completions (message from the workflow service). */
    @Transactional
    void requestCompletion(CompletionRequested request) {
        Candidacy candidacy = find(request.candidacyId());
        if (candidacy.requestCompletion(request.missingItems(), request.dueAt(), request.requestedAt())) {
            repository.save(candidacy);
            log.info("Completion requested until {}", request.dueAt());
        } else {
            log.info("Completion request for a {} candidacy ignored", candidacy.status());
        }
    }

    /** The admissibility was decided (message from the workflow service). */
    @Transactional
    void decideAdmissibility(AdmissibilityDecided decision) {
        Candidacy candidacy = find(decision.candidacyId());
        if (candidacy.decideAdmissibility(decision.admissible(), decision.motivation(), decision.decidedAt())) {
            repository.save(candidacy);
            log.info("Admissibility decided: {}", decision.admissible() ? "admissible" : "inadmissible");
        } else {
            log.info("Admissibility decision for a {} candidacy ignored", candidacy.status());
        }
    }

    /** The call's decision reaches each candidacy it placed, with the motivation its holder reads. */
    @Transactional
    void decideOutcomes(ResultsDecided decision) {
        var list = decision.list();
        int placed = place(decision, list.laureates(), CandidacyStatus.LAUREATE)
                + place(decision, list.reserve(), CandidacyStatus.RESERVE)
                + place(decision, list.notSelected(), CandidacyStatus.NOT_SELECTED);
        log.info("Results decided: {} candidacies placed, {} already placed or withdrawn", placed,
                list.laureates().size() + list.reserve().size() + list.notSelected().size() - placed);
    }

    private int place(ResultsDecided decision, List<RankedList.Entry> entries, CandidacyStatus outcome) {
        int placed = 0;
        for (var entry : entries) {
            Candidacy candidacy = find(entry.candidacyId());
            if (!candidacy.callId().equals(decision.callId())) {
                throw new PoisonMessageException("Candidacy " + entry.candidacyId() + " is not one of call "
                        + decision.callId());
            }
            if (!candidacy.decideOutcome(outcome, entry.motivation(), decision.decidedAt())) {
                continue;
            }
            repository.save(candidacy);
            placed++;
        }
        return placed;
    }

    @Transactional
    CandidacyView withdraw(UUID candidacyId, PlatformUser holder) {
        Candidacy candidacy = own(candidacyId, holder);
        var withdrawn = candidacy.withdraw(clock.instant());
        if (withdrawn != null) {
            messages.publish(withdrawn);
            log.info("Candidacy withdrawn by its holder");
        }
        return repository.save(candidacy).view();
    }

    @Transactional(readOnly = true)
    CandidacyView get(UUID candidacyId, PlatformUser reader) {
        return readable(candidacyId, reader).view();
    }

    @Transactional(readOnly = true)
    List<EligibilityCheck> eligibility(UUID candidacyId, PlatformUser reader) {
        var unmet = readable(candidacyId, reader).unmetEligibility();
        return Arrays.stream(EligibilityRule.values())
                .map(rule -> new EligibilityCheck(rule, rule.description(), !unmet.contains(rule)))
                .toList();
    }

    @Transactional(readOnly = true)
    /** A holder's own candidacies; a coordinator reads a call's a page at a time ({@link CallCandidacies}). */
    List<CandidacyView> ownList(PlatformUser holder, UUID callId) {
        return repository.findByHolderIdOrderByCreatedAtDesc(holder.id()).stream()
                .filter(candidacy -> callId == null || callId.equals(candidacy.callId()))
                .map(Candidacy::view).toList();
    }

    /**
     * The holder's own candidacy, if it may still be written now (its documents, say); to anyone else it does not
     * exist.
     */
    Candidacy ownWritable(UUID candidacyId, PlatformUser holder) {
        Candidacy candidacy = own(candidacyId, holder);
        candidacy.requireWritable(writingTime(candidacy));
        return candidacy;
    }

    /** A candidacy the reader may see, or a 404. */
    Candidacy readableBy(UUID candidacyId, PlatformUser reader) {
        return readable(candidacyId, reader);
    }

    /** A draft is written until the call's deadline; a candidacy asked for completions knows its own deadline. */
    private Instant writingTime(Candidacy candidacy) {
        return candidacy.status() == CandidacyStatus.DRAFT ? beforeDeadline(candidacy.callId()) : clock.instant();
    }

    /** The time now, if it is still before the call's deadline: exact to the second, whatever the season. */
    private Instant beforeDeadline(UUID callId) {
        Instant deadline = openCalls.submissionDeadline(callId);
        Instant now = clock.instant();
        if (!now.isBefore(deadline)) {
            throw new DeadlinePassedException(DeadlinePassedException.SUBMISSION, deadline);
        }
        return now;
    }

    /** A candidacy a message names: one that does not exist is a message that can never be handled. */
    private Candidacy find(UUID candidacyId) {
        return repository.findById(candidacyId).orElseThrow(() -> new PoisonMessageException(
                "No candidacy " + candidacyId));
    }

    private Candidacy own(UUID candidacyId, PlatformUser holder) {
        return repository.findById(candidacyId)
                .filter(candidacy -> candidacy.holderId().equals(holder.id()))
                .orElseThrow(() -> new NotFoundException("candidacy", candidacyId));
    }

    /**
     * A candidacy the reader may see: their own, any submitted one for a coordinator, one assigned to them for a
     * reviewer; to anyone else it does not exist.
     */
    private Candidacy readable(UUID candidacyId, PlatformUser reader) {
        return repository.findById(candidacyId)
                .filter(candidacy -> candidacy.readableBy(reader.id(), reader.has(Role.COORDINATOR))
                        || reader.has(Role.REVIEWER) && assignedReviewers.include(candidacyId, reader.id()))
                .orElseThrow(() -> new NotFoundException("candidacy", candidacyId));
    }
}
