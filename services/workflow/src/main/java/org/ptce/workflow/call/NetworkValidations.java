package org.ptce.workflow.call;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The model's expressions about the networks' validation: one instance per network, and whether all approved. */
@Component("networkValidations")
public class NetworkValidations {

    /** The participating networks, from their comma-separated names. */
    public List<String> networks(String participatingNetworks) {
        return Arrays.stream(participatingNetworks.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .toList();
    }

    /** Whether every participating network approved the list of the current round. */
    public boolean allApproved(DelegateExecution execution) {
        return networks((String) execution.getVariable(CallProcess.Variables.PARTICIPATING_NETWORKS)).stream()
                .allMatch(network -> CallProcess.Validation.APPROVED.name().equals(
                        execution.getVariable(CallProcess.Variables.validationOf(network))));
    }
}
