package org.ptce.web.process;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A call's process for the coordinators, as a picture: the candidacy process's own diagram with the number of
 * candidacies at each step, then how long each step and each network's evaluations take, as bars. The same facts
 * come in a table and in words, for those who do not see the picture.
 */
@Controller
class ProcessController {

    private final ApplicationsApi applications;
    private final WorkflowApi workflow;
    private final ReviewDeskApi review;

    ProcessController(ApplicationsApi applications, WorkflowApi workflow, ReviewDeskApi review) {
        this.applications = applications;
        this.workflow = workflow;
        this.review = review;
    }

    @GetMapping("/coordination/appels/{callId}/processus")
    String process(@PathVariable UUID callId, Model model) {
        Call call = applications.call(callId);
        WorkflowApi.CallProcess process = workflow.process(callId);
        boolean counted = process.candidacies() > 0;
        List<WorkflowApi.ProcessStep> steps = process.steps();
        model.addAttribute("call", call);
        model.addAttribute("section", "process");
        model.addAttribute("process", process);
        model.addAttribute("empty", !counted);
        model.addAttribute("picture", ProcessPicture.of(process.diagram(), steps, counted));
        model.addAttribute("summary", summary(process));
        model.addAttribute("rows", steps.stream().filter(step -> ProcessPicture.waits(step)
                || ProcessPicture.ends(step)).map(ProcessController::row).toList());
        model.addAttribute("stageChart", LeadTimeChart.of(steps.stream().filter(ProcessPicture::waits)
                .map(step -> new LeadTimeChart.Row(step.name(), step.median(), step.slowest(),
                        passages(step.passages())))
                .toList()));
        model.addAttribute("networkChart", LeadTimeChart.of(counted ? networks(callId) : List.of()));
        return "process/process";
    }

    /** The networks' evaluations; none while the committee has not registered the call. */
    private List<LeadTimeChart.Row> networks(UUID callId) {
        ReviewDeskApi.EvaluationLeadTimes leadTimes;
        try {
            leadTimes = review.leadTimes(callId);
        } catch (ApiProblem refused) {
            if (refused.is(404)) {
                return List.of();
            }
            throw refused;
        }
        return leadTimes.networks().stream().map(network -> new LeadTimeChart.Row(networkName(network.network()),
                network.median(), network.slowest(), evaluations(network))).toList();
    }

    private static StepRow row(WorkflowApi.ProcessStep step) {
        boolean waits = ProcessPicture.waits(step);
        return new StepRow(step.activityId(), step.name(), waits ? String.valueOf(step.waitingNow()) : "—",
                waits ? "—" : String.valueOf(step.endedThere()),
                waits ? LeadTimeWords.of(step.median()) : "—", waits ? LeadTimeWords.of(step.slowest()) : "—",
                waits ? String.valueOf(step.passages()) : "—");
    }

    /** The picture's counts in one sentence, for its accessible description. */
    private static String summary(WorkflowApi.CallProcess process) {
        if (process.candidacies() == 0) {
            return "Aucune candidature n'a encore été déposée à cet appel.";
        }
        var parts = new ArrayList<String>();
        process.steps().stream().filter(ProcessPicture::waits).filter(step -> step.waitingNow() > 0)
                .forEach(step -> parts.add(step.waitingNow() + " en attente à l'étape « " + step.name() + " »"));
        process.steps().stream().filter(ProcessPicture::ends).filter(step -> step.endedThere() > 0)
                .forEach(step -> parts.add(step.endedThere() + " terminée" + (step.endedThere() > 1 ? "s" : "")
                        + " à « " + step.name() + " »"));
        return candidacies(process.candidacies()) + (parts.isEmpty() ? "." : " : "
                + parts.stream().collect(Collectors.joining(", ")) + ".");
    }

    static String candidacies(long count) {
        return count + (count > 1 ? " candidatures déposées" : " candidature déposée");
    }

    private static String passages(long count) {
        return count == 0 ? "aucun passage terminé" : count + (count > 1 ? " passages terminés" : " passage terminé");
    }

    private static String evaluations(ReviewDeskApi.NetworkLeadTimes network) {
        if (network.assigned() == 0) {
            return "aucune évaluation affectée";
        }
        return network.submitted() + (network.submitted() > 1 ? " évaluations remises" : " évaluation remise")
                + " sur " + network.assigned() + (network.assigned() > 1 ? " affectées" : " affectée");
    }

    /** « RTES », « Opale »: a network as people name it. */
    private static String networkName(String network) {
        return "OPALE".equals(network) ? "Opale" : network;
    }

    /** A line of the table: a step, its candidacies waiting now or ended there, and its lead times, in words. */
    record StepRow(String activityId, String name, String waitingNow, String endedThere, String median,
            String slowest, String passages) {
    }
}
