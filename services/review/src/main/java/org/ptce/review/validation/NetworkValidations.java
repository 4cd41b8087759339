package org.ptce.review.validation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.security.ForbiddenException;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.ptce.review.api.NetworkValidated;
import org.ptce.review.call.CallsUnderReview;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.RankedListProposed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networks' validation of each round of a call's ranked list. A delegate answers for their own network only
 * (the network comes from their token, never from the request), once per round, with a reason when rejecting.
 */
@Service
class NetworkValidations {

    private final JdbcClient jdbc;
    private final CallsUnderReview calls;
    private final MessagePublisher messages;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    NetworkValidations(JdbcClient jdbc, CallsUnderReview calls, MessagePublisher messages, ObjectMapper objectMapper,
            Clock clock) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.messages = messages;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** A proposed list awaits the answer of every participating network. */
    @Transactional
    void request(RankedListProposed proposed) {
        Set<Network> networks = calls.participatingNetworks(proposed.callId()).orElseThrow(() ->
                new IllegalStateException("Call " + proposed.callId() + " is not registered for review (yet)"));
        String list = objectMapper.valueToTree(proposed.list()).toString();
        for (Network network : networks) {
            jdbc.sql("insert into network_validations (call_id, round, network, list, requested_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(proposed.callId(), proposed.round(), network.name(), list,
                            Timestamp.from(proposed.proposedAt()))
                    .update();
        }
    }

    /** The validations the delegate's network has to give, oldest first. */
    @Transactional(readOnly = true)
    List<ValidationView> pendingFor(PlatformUser delegate) {
        return jdbc.sql("select * from network_validations where network = ? and validated_at is null"
                        + " order by requested_at")
                .param(networkOf(delegate).name()).query(this::view).list();
    }

    @Transactional(readOnly = true)
    List<ValidationView> ofCall(UUID callId) {
        return jdbc.sql("select * from network_validations where call_id = ? order by round, network")
                .param(callId).query(this::view).list();
    }

    @Transactional
    ValidationView answer(UUID callId, int round, ValidationAnswer answer, PlatformUser delegate) {
        Network network = networkOf(delegate);
        ValidationView validation = jdbc.sql(
                        "select * from network_validations where call_id = ? and round = ? and network = ?")
                .params(callId, round, network.name()).query(this::view).optional()
                .orElseThrow(() -> new NotFoundException("round " + round + " to validate by " + network
                        + " for call", callId));
        if (validation.validatedAt() != null) {
            throw new ConflictException(network + " has answered round " + round + " of call " + callId + " already");
        }
        int latest = jdbc.sql("select max(round) from network_validations where call_id = ?").param(callId)
                .query(Integer.class).single();
        if (latest > round) {
            throw new ConflictException("Round " + round + " of call " + callId + " was superseded by round "
                    + latest);
        }
        String reason = answer.reason() == null || answer.reason().isBlank() ? null : answer.reason().strip();
        if (!answer.approved() && reason == null) {
            throw new InvalidFieldException("reason", "is required: a rejection says why");
        }
        Instant now = clock.instant();
        int answered = jdbc.sql("update network_validations set approved = ?, reason = ?, delegate_id = ?,"
                        + " validated_at = ? where call_id = ? and round = ? and network = ? and validated_at is null")
                .params(answer.approved(), reason, delegate.id(), Timestamp.from(now), callId, round, network.name())
                .update();
        if (answered == 0) {
            // Another delegate of the network answered at the same moment.
            throw new ConflictException(network + " has answered round " + round + " of call " + callId + " already");
        }
        messages.publish(new NetworkValidated(callId, round, network, answer.approved(), reason, delegate.id(), now));
        return new ValidationView(callId, round, network, validation.list(), validation.requestedAt(),
                answer.approved(), reason, delegate.id(), now);
    }

    /** The network the delegate speaks for, from their token; without one, they speak for none. */
    static Network networkOf(PlatformUser delegate) {
        if (delegate.network() == null) {
            throw new ForbiddenException("Your sign-in names no network to speak for");
        }
        return delegate.network();
    }

    private ValidationView view(ResultSet row, int n) throws SQLException {
        Timestamp validatedAt = row.getTimestamp("validated_at");
        return new ValidationView(row.getObject("call_id", UUID.class), row.getInt("round"),
                Network.valueOf(row.getString("network")), list(row.getString("list")),
                row.getTimestamp("requested_at").toInstant(), (Boolean) row.getObject("approved"),
                row.getString("reason"), row.getString("delegate_id"),
                validatedAt == null ? null : validatedAt.toInstant());
    }

    private RankedList list(String json) {
        try {
            return objectMapper.readValue(json, RankedList.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored ranked list is not readable", e);
        }
    }

    /** One network's validation of one round. */
    record ValidationView(UUID callId, int round, Network network, RankedList list, Instant requestedAt,
            Boolean approved, String reason, String delegateId, Instant validatedAt) {
    }
}
