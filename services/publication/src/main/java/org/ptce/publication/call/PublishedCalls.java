package org.ptce.publication.call;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.review.api.Network;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published calls, and when each call's results were published: the public list shows both, read in one query
 * whatever the number of calls.
 */
@Repository
class PublishedCalls {

    private static final TypeReference<List<PublishedCall.Criterion>> CRITERIA = new TypeReference<>() {
    };
    private static final String SELECT = """
            select c.*, r.published_at as results_published_at
            from published_calls c
            left join published_results r on r.call_id = c.call_id
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PublishedCalls(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(PublishedCall call) {
        jdbc.sql("""
                        insert into published_calls (call_id, title, description, submission_deadline,
                                                     participating_networks, required_documents, criteria,
                                                     total_threshold, review_deadline, opened_at, announced_at,
                                                     announced_for)
                        values (:call, :title, :description, :deadline, :networks, :documents,
                                cast(:criteria as jsonb), :threshold, :review, :opened, :announced, :actor)""")
                .param("call", call.callId()).param("title", call.title()).param("description", call.description())
                .param("deadline", Timestamp.from(call.submissionDeadline()))
                .param("networks", call.participatingNetworks().stream().map(Network::name).toArray(String[]::new))
                .param("documents", call.requiredDocuments().toArray(String[]::new))
                .param("criteria", write(call.criteria()))
                .param("threshold", call.totalThreshold())
                .param("review", call.reviewDeadline() == null ? null : Timestamp.from(call.reviewDeadline()))
                .param("opened", Timestamp.from(call.openedAt()))
                .param("announced", Timestamp.from(call.announcedAt()))
                .param("actor", call.announcedFor())
                .update();
    }

    List<PublicCallView> allByDeadline() {
        return jdbc.sql(SELECT + "order by c.submission_deadline, c.call_id").query(this::view).list();
    }

    Optional<PublicCallView> find(UUID callId) {
        return jdbc.sql(SELECT + "where c.call_id = ?").param(callId).query(this::view).optional();
    }

    private PublicCallView view(ResultSet row, int n) throws SQLException {
        var call = new PublishedCall(row.getObject("call_id", UUID.class), row.getString("title"),
                row.getString("description"), row.getTimestamp("submission_deadline").toInstant(),
                networks(row.getArray("participating_networks")), strings(row.getArray("required_documents")),
                read(row.getString("criteria")), row.getBigDecimal("total_threshold"),
                instant(row.getTimestamp("review_deadline")), row.getTimestamp("opened_at").toInstant(),
                row.getTimestamp("announced_at").toInstant(), row.getString("announced_for"));
        return PublicCallView.of(call, instant(row.getTimestamp("results_published_at")));
    }

    private String write(List<PublishedCall.Criterion> criteria) {
        try {
            return json.writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the criteria as JSON", e);
        }
    }

    private List<PublishedCall.Criterion> read(String criteria) {
        try {
            return json.readValue(criteria, CRITERIA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the stored criteria", e);
        }
    }

    private static Set<Network> networks(Array array) throws SQLException {
        // In the enum's order, so that the public sees the networks the same way every time.
        var networks = EnumSet.noneOf(Network.class);
        strings(array).forEach(network -> networks.add(Network.valueOf(network)));
        return Collections.unmodifiableSet(networks);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
