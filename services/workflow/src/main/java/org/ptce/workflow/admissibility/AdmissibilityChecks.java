package org.ptce.workflow.admissibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.candidacy.CandidacyProcess.AdmissibilityOutcome;
import org.ptce.workflow.engine.OpenTask;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinators' admissibility checks, as the candidacies' processes wait for them. */
@Service
class AdmissibilityChecks {

    private final WorkflowEngine engine;

    AdmissibilityChecks(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    List<PendingCheck> pending(UUID callId) {
        Map<String, String> ofCall = callId == null ? Map.of()
                : Map.of(CandidacyProcess.Variables.CALL_ID, callId.toString());
        return engine.openTasks(CandidacyProcess.KEY, CandidacyProcess.Activities.CHECK_ADMISSIBILITY, ofCall)
                .stream().map(AdmissibilityChecks::pendingCheck).toList();
    }

    @Transactional
    void decide(UUID candidacyId, AdmissibilityDecision decision, PlatformUser coordinator) {
        var variables = new HashMap<String, Object>();
        variables.put(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, decision.outcome().name());
        if (decision.outcome() == AdmissibilityOutcome.INADMISSIBLE) {
            variables.put(CandidacyProcess.Variables.MOTIVATION, required("motivation", decision.motivation(),
                    "an inadmissible candidacy is told why"));
        } else {
            variables.put(CandidacyProcess.Variables.MOTIVATION, blankToNull(decision.motivation()));
        }
        if (decision.outcome() == AdmissibilityOutcome.INCOMPLETE) {
            variables.put(CandidacyProcess.Variables.MISSING_ITEMS, required("missingItems", decision.missingItems(),
                    "the holder is told what to complete"));
        }
        String key = candidacyId.toString();
        boolean decided = engine.completeTask(CandidacyProcess.KEY, key,
                CandidacyProcess.Activities.CHECK_ADMISSIBILITY, coordinator.id(), variables);
        if (!decided) {
            if (engine.track(CandidacyProcess.KEY, key).isEmpty()) {
                throw new NotFoundException("candidacy", candidacyId);
            }
            throw new ConflictException("Candidacy " + candidacyId + " is not waiting for an admissibility check");
        }
    }

    private static String required(String field, String value, String why) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required: " + why);
        }
        return value.strip();
    }

    private static Integer count(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @SuppressWarnings("unchecked")
    private static PendingCheck pendingCheck(OpenTask task) {
        Map<String, Object> variables = task.variables();
        var eligibility = (Map<String, Object>) variables.getOrDefault(CandidacyProcess.Variables.ELIGIBILITY,
                Map.of());
        return new PendingCheck(UUID.fromString(task.businessKey()),
                UUID.fromString((String) variables.get(CandidacyProcess.Variables.CALL_ID)),
                (String) variables.get(CandidacyProcess.Variables.PTCE_NAME),
                Boolean.TRUE.equals(eligibility.get("eligible")), (String) eligibility.get("reason"), task.since(),
                new PendingCheck.Facts(
                        (Boolean) variables.get(CandidacyProcess.Variables.PRIVATE_LAW_ENTITY),
                        count(variables.get(CandidacyProcess.Variables.MEMBER_COUNT)),
                        count(variables.get(CandidacyProcess.Variables.ESS_ENTERPRISES)),
                        count(variables.get(CandidacyProcess.Variables.ENTERPRISES_OUTSIDE_ESS)),
                        count(variables.get(CandidacyProcess.Variables.OTHER_ARTICLE_9_ACTORS)),
                        (Boolean) variables.get(CandidacyProcess.Variables.TERRITORY_DEFINED),
                        (Boolean) variables.get(CandidacyProcess.Variables.PROJECT_DESCRIBED),
                        (Boolean) variables.get(CandidacyProcess.Variables.DECLARES_NO_PRIOR_STATE_SUPPORT)),
                (String) variables.get(CandidacyProcess.Variables.MISSING_ITEMS));
    }
}
