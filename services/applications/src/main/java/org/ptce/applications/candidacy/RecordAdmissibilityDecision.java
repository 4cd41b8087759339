package org.ptce.applications.candidacy;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.AdmissibilityDecided;
import org.springframework.stereotype.Component;

/** The admissibility decision reaches the candidacy, with the motivation its holder reads. */
@Component
class RecordAdmissibilityDecision implements MessageHandler<AdmissibilityDecided> {

    private final Candidacies candidacies;

    RecordAdmissibilityDecision(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void handle(IncomingMessage<AdmissibilityDecided> message) {
        candidacies.decideAdmissibility(message.payload());
    }
}
