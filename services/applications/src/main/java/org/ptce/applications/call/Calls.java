package org.ptce.applications.call;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ptce.platform.actor.CurrentActor;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's work on calls: each change is stored with the message that tells the other services. */
@Service
@EnableConfigurationProperties(CompletionTimeBounds.class)
class Calls {

    private static final Logger log = LoggerFactory.getLogger(Calls.class);

    private final CallRepository repository;
    private final MessagePublisher messages;
    private final CurrentActor actor;
    private final Clock clock;
    private final CompletionTimeBounds completionTimes;

    Calls(CallRepository repository, MessagePublisher messages, CurrentActor actor, Clock clock,
            CompletionTimeBounds completionTimes) {
        this.repository = repository;
        this.messages = messages;
        this.actor = actor;
        this.clock = clock;
        this.completionTimes = completionTimes;
    }

    @Transactional
    CallView create(CallDraft draft) {
        return repository.save(Call.draft(draft, clock.instant(), actor.id(), completionTimes)).view();
    }

    /** Rewrites a draft as a whole; an open call is not changed (409). */
    @Transactional
    CallView revise(UUID callId, CallDraft draft) {
        Call call = find(callId);
        call.revise(draft, clock.instant(), actor.id(), completionTimes);
        CallView revised = repository.save(call).view();
        log.info("Draft call changed by {}", revised.updatedBy());
        return revised;
    }

    @Transactional
    CallView open(UUID callId) {
        Call call = find(callId);
        messages.publish(call.open(clock.instant(), actor.id()));
        CallView opened = repository.save(call).view();
        log.info("Call opened by {}, deadline {}", opened.openedBy(), opened.submissionDeadline());
        return opened;
    }

    /** A call as the reader may see it: one they may not see does not exist for them (404). */
    @Transactional(readOnly = true)
    CallView get(UUID callId, PlatformUser reader) {
        CallView call = find(callId).view();
        if (!visibleTo(call, reader)) {
            throw new NotFoundException("call", callId);
        }
        return call;
    }

    @Transactional(readOnly = true)
    List<CallView> list(PlatformUser reader) {
        return repository.findAllByOrderByCreatedAtDesc().stream().map(Call::view)
                .filter(call -> visibleTo(call, reader))
                .toList();
    }

    /**
     * Coordinators see every call; holders every call once open; reviewers and delegates only the open calls their
     * network takes part in.
     */
    private static boolean visibleTo(CallView call, PlatformUser reader) {
        if (reader.has(Role.COORDINATOR)) {
            return true;
        }
        if (call.status() == CallStatus.DRAFT) {
            return false;
        }
        return reader.has(Role.HOLDER)
                || reader.network() != null && call.participatingNetworks().contains(reader.network())
                        && (reader.has(Role.REVIEWER) || reader.has(Role.NETWORK_DELEGATE));
    }

    private Call find(UUID callId) {
        return repository.findById(callId).orElseThrow(() -> new NotFoundException("call", callId));
    }
}
