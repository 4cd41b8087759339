package org.ptce.applications.call;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ptce.platform.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the candidacies need to know of their call: whether it is open, until when, and which documents it asks. */
@Component
public class OpenCalls {

    private final CallRepository calls;

    OpenCalls(CallRepository calls) {
        this.calls = calls;
    }

    /** The submission deadline of an open call; a call that is not open does not exist for candidacies. */
    @Transactional(readOnly = true)
    public Instant submissionDeadline(UUID callId) {
        return calls.findById(callId)
                .map(Call::view)
                .filter(call -> call.status() == CallStatus.OPEN)
                .map(CallView::submissionDeadline)
                .orElseThrow(() -> new NotFoundException("open call", callId));
    }

    /** The documents the call asks of every candidacy. */
    @Transactional(readOnly = true)
    public List<String> requiredDocuments(UUID callId) {
        return calls.findById(callId).map(call -> call.view().requiredDocuments()).orElse(List.of());
    }
}
