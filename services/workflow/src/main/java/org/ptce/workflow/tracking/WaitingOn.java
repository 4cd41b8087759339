package org.ptce.workflow.tracking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.call.NetworkValidations;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.springframework.stereotype.Component;

/** Who a process waits on in each of its wait states, in the coordinator's words. */
@Component
class WaitingOn {

    private final NetworkValidations validations;

    WaitingOn(NetworkValidations validations) {
        this.validations = validations;
    }

    /** Who the step waits on, given the process's variables (a variable lookup by name). */
    String describe(String activityId, Function<String, Object> variable) {
        return switch (activityId) {
            case CandidacyProcess.Activities.CHECK_ADMISSIBILITY, CallProcess.Activities.DELIBERATE,
                 CallProcess.Activities.FOLLOW_UP_SILENT_NETWORK -> "coordinateurs";
            case CandidacyProcess.Activities.AWAIT_COMPLETION -> "porteur " + variable.apply(
                    CandidacyProcess.Variables.HOLDER_ID) + " (jusqu'au " + variable.apply(
                    CandidacyProcess.Variables.COMPLETION_DUE_AT) + ")";
            case CandidacyProcess.Activities.AWAIT_REVIEWERS -> "service d'évaluation (affectation)";
            case CandidacyProcess.Activities.AWAIT_REVIEW -> "évaluateurs " + variable.apply(
                    CandidacyProcess.Variables.REVIEWER_IDS) + withoutReviewer(variable.apply(
                    CandidacyProcess.Variables.UNCOVERED_NETWORKS));
            case CandidacyProcess.Activities.AWAIT_DECISION -> "délibération de l'appel";
            case CallProcess.Activities.SUBMISSION_DEADLINE_PASSED -> "date limite de dépôt";
            case CallProcess.Activities.AWAIT_NETWORK_VALIDATION, CallProcess.Activities.NETWORK_VALIDATION ->
                    "délégués " + String.join(", ", silentNetworks(variable));
            case CallProcess.Activities.WAIT_FOR_RESULTS -> "service de publication";
            default -> "moteur de processus";
        };
    }

    /** The networks a coordinator still has to give a reviewer. */
    private static String withoutReviewer(Object uncoveredNetworks) {
        String networks = CandidacyProcess.listed(uncoveredNetworks).collect(Collectors.joining(", "));
        return networks.isEmpty() ? "" : " ; sans évaluateur : " + networks;
    }

    private List<String> silentNetworks(Function<String, Object> variable) {
        Object networks = variable.apply(CallProcess.Variables.PARTICIPATING_NETWORKS);
        if (networks == null) {
            return List.of();
        }
        return validations.networks((String) networks).stream()
                .filter(network -> variable.apply(CallProcess.Variables.validationOf(network)) == null)
                .toList();
    }

    static Function<String, Object> lookup(Map<String, Object> variables) {
        return variables::get;
    }
}
