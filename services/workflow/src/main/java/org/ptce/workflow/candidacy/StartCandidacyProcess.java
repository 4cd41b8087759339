package org.ptce.workflow.candidacy;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/** A submitted candidacy starts its process, keyed by the candidacy id, with the facts its eligibility rests on. */
@Component
class StartCandidacyProcess implements MessageHandler<CandidacySubmitted> {

    private static final Set<String> OTHER_ARTICLE_9_ACTORS = Set.of("LOCAL_AUTHORITY", "RESEARCH",
            "HIGHER_EDUCATION", "TRAINING");

    private final WorkflowEngine engine;

    StartCandidacyProcess(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<CandidacySubmitted> message) {
        CandidacySubmitted submitted = message.payload();
        List<CandidacySubmitted.SubmittedMember> members = submitted.members();
        var variables = new HashMap<String, Object>();
        variables.put(CandidacyProcess.Variables.CANDIDACY_ID, submitted.candidacyId().toString());
        variables.put(CandidacyProcess.Variables.CALL_ID, submitted.callId().toString());
        variables.put(CandidacyProcess.Variables.HOLDER_ID, submitted.holderId());
        variables.put(CandidacyProcess.Variables.PTCE_NAME, submitted.ptceName());
        variables.put(CandidacyProcess.Variables.PRIVATE_LAW_ENTITY,
                submitted.privateLawEntity() && submitted.legalForm() != null && !submitted.legalForm().isBlank());
        variables.put(CandidacyProcess.Variables.MEMBER_COUNT, members.size());
        variables.put(CandidacyProcess.Variables.ESS_ENTERPRISES, count(members, Set.of("ESS_ENTERPRISE")));
        variables.put(CandidacyProcess.Variables.ENTERPRISES_OUTSIDE_ESS, count(members, Set.of("ENTERPRISE")));
        variables.put(CandidacyProcess.Variables.OTHER_ARTICLE_9_ACTORS, count(members, OTHER_ARTICLE_9_ACTORS));
        variables.put(CandidacyProcess.Variables.TERRITORY_DEFINED, !submitted.communes().isEmpty()
                || submitted.epci() != null || submitted.departement() != null || submitted.region() != null);
        variables.put(CandidacyProcess.Variables.PROJECT_DESCRIBED, submitted.projectDescribed());
        variables.put(CandidacyProcess.Variables.DECLARES_NO_PRIOR_STATE_SUPPORT,
                Boolean.FALSE.equals(submitted.alreadySupportedByState()));
        engine.startByMessage(CandidacyProcess.Messages.CANDIDACY_SUBMITTED, submitted.candidacyId().toString(),
                variables);
    }

    private static int count(List<CandidacySubmitted.SubmittedMember> members, Set<String> kinds) {
        return (int) members.stream().filter(member -> kinds.contains(member.kind())).count();
    }
}
