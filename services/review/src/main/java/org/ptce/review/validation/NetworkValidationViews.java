package org.ptce.review.validation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.applications.api.EvaluationGrid;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.call.CallsUnderReview;
import org.ptce.review.call.CallsUnderReview.ReviewTerms;
import org.ptce.workflow.api.RankedList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a network's delegate reads to answer for their network: every round their network was asked to validate,
 * across calls; a call's rounds with every network's answers; a round's proposed list, a page at a time, each
 * candidacy with its place, its PTCE's name, the coordinator's motivation and its tally. Only the calls the
 * delegate's network takes part in: any other call does not exist for them (404), as one that does not exist at all.
 */
@Service
class NetworkValidationViews {

    /** The largest page of a proposed list. */
    static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final CallsUnderReview calls;
    private final ObjectMapper objectMapper;

    NetworkValidationViews(JdbcClient jdbc, CallsUnderReview calls, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.objectMapper = objectMapper;
    }

    /**
     * Every round the delegate's network was asked to validate, answered or not, oldest request first. (One row per
     * call and round: it grows with the number of calls, never with a call's size.)
     */
    @Transactional(readOnly = true)
    List<RoundSummary> roundsOf(PlatformUser delegate) {
        Network network = NetworkValidations.networkOf(delegate);
        return jdbc.sql("select v.call_id, c.title, v.round, v.network, v.requested_at, v.approved, v.reason,"
                        + " v.validated_at, " + counts()
                        + ", (select max(l.round) from network_validations l where l.call_id = v.call_id) as latest"
                        + " from network_validations v left join calls_under_review c using (call_id)"
                        + " where v.network = ? order by v.requested_at, v.call_id, v.round")
                .param(network.name())
                .query((row, n) -> new RoundSummary(row.getObject("call_id", UUID.class), row.getString("title"),
                        row.getInt("round"), Network.valueOf(row.getString("network")),
                        row.getTimestamp("requested_at").toInstant(), row.getInt("laureates"),
                        row.getInt("reserve"), row.getInt("not_selected"), (Boolean) row.getObject("approved"),
                        row.getString("reason"), toInstant(row.getTimestamp("validated_at")), row.getInt("latest")))
                .list();
    }

    /** A call's rounds, each with every participating network's answer (or none yet). */
    @Transactional(readOnly = true)
    CallValidations ofCall(UUID callId, PlatformUser delegate) {
        Network network = NetworkValidations.networkOf(delegate);
        record Row(int round, Instant requestedAt, int laureates, int reserve, int notSelected, Answer answer) {
        }
        List<Row> rows = jdbc.sql("select v.round, v.network, v.requested_at, v.approved, v.reason, v.validated_at, "
                        + counts() + " from network_validations v where v.call_id = ? order by v.round")
                .param(callId)
                .query((row, n) -> new Row(row.getInt("round"), row.getTimestamp("requested_at").toInstant(),
                        row.getInt("laureates"), row.getInt("reserve"), row.getInt("not_selected"),
                        new Answer(Network.valueOf(row.getString("network")), (Boolean) row.getObject("approved"),
                                row.getString("reason"), toInstant(row.getTimestamp("validated_at")))))
                .list();
        if (rows.stream().noneMatch(row -> row.answer().network() == network)) {
            throw new NotFoundException("validation by " + network + " of call", callId);
        }
        var rounds = new LinkedHashMap<Integer, List<Row>>();
        rows.forEach(row -> rounds.computeIfAbsent(row.round(), round -> new ArrayList<>()).add(row));
        var views = new ArrayList<Round>();
        rounds.forEach((round, answers) -> {
            Row first = answers.get(0);
            views.add(new Round(round, answers.stream().map(Row::requestedAt).min(Comparator.naturalOrder())
                    .orElseThrow(), first.laureates(), first.reserve(), first.notSelected(),
                    answers.stream().map(Row::answer).sorted(Comparator.comparing(Answer::network)).toList()));
        });
        String title = jdbc.sql("select title from calls_under_review where call_id = ?").param(callId)
                .query(String.class).optional().orElse(null);
        EvaluationGrid grid = calls.terms(callId).map(ReviewTerms::grid).orElse(null);
        return new CallValidations(callId, title, network, grid, List.copyOf(views));
    }

    /**
     * A page of a round's proposed list, in its order: the laureates, then the reserve, then the candidacies not
     * selected, each numbered within its place.
     */
    @Transactional(readOnly = true)
    ProposedPage proposedList(UUID callId, int round, int page, int size, PlatformUser delegate) {
        var refused = new ArrayList<FieldError>();
        if (page < 0) {
            refused.add(new FieldError("page", "must be greater than or equal to 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            refused.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!refused.isEmpty()) {
            throw new InvalidFieldException(refused);
        }
        Network network = NetworkValidations.networkOf(delegate);
        String json = jdbc.sql("select list from network_validations where call_id = ? and round = ? and network = ?")
                .params(callId, round, network.name()).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("round " + round + " to validate by " + network
                        + " for call", callId));
        RankedList list = read(json);
        var entries = new ArrayList<Placed>();
        add(entries, list.laureates(), Place.LAUREATE);
        add(entries, list.reserve(), Place.RESERVE);
        add(entries, list.notSelected(), Place.NOT_SELECTED);
        long from = (long) page * size;
        List<Placed> shown = from >= entries.size() ? List.of()
                : entries.subList((int) from, (int) Math.min(entries.size(), from + size));
        Map<UUID, Known> known = known(callId, shown.stream().map(placed -> placed.entry().candidacyId()).toList());
        var items = shown.stream().map(placed -> {
            Known candidacy = known.get(placed.entry().candidacyId());
            return new ProposedCandidacy(placed.entry().candidacyId(), candidacy == null ? null : candidacy.ptceName(),
                    placed.place(), placed.position(), placed.entry().motivation(),
                    candidacy != null && candidacy.withdrawn(), candidacy == null ? null : candidacy.tally());
        }).toList();
        return new ProposedPage(items, page, size, entries.size());
    }

    /** The PTCE's name, whether the candidacy was withdrawn, and its tally, for the candidacies of one page. */
    private Map<UUID, Known> known(UUID callId, List<UUID> candidacyIds) {
        var known = new HashMap<UUID, Known>();
        if (candidacyIds.isEmpty()) {
            return known;
        }
        jdbc.sql("""
                        select c.candidacy_id, c.ptce_name, c.withdrawn_at, t.details
                        from candidacies_under_review c left join tallies t using (candidacy_id)
                        where c.call_id = :callId and c.candidacy_id in (:ids)""")
                .param("callId", callId).param("ids", candidacyIds)
                .query((row, n) -> {
                    String details = row.getString("details");
                    return new Known(row.getObject("candidacy_id", UUID.class), row.getString("ptce_name"),
                            row.getTimestamp("withdrawn_at") != null, details == null ? null : tally(details));
                })
                .list().forEach(candidacy -> known.put(candidacy.candidacyId(), candidacy));
        return known;
    }

    private static void add(List<Placed> entries, List<RankedList.Entry> place, Place name) {
        if (place == null) {
            return;
        }
        for (int i = 0; i < place.size(); i++) {
            entries.add(new Placed(place.get(i), name, i + 1));
        }
    }

    /** The sizes of the three places of each row's list, counted by the database. */
    private static String counts() {
        return count("laureates") + " as laureates, " + count("reserve") + " as reserve, " + count("notSelected")
                + " as not_selected";
    }

    private static String count(String place) {
        String entries = "(v.list::json -> '" + place + "')";
        return "coalesce(case when json_typeof(" + entries + ") = 'array' then json_array_length(" + entries
                + ") end, 0)";
    }

    private RankedList read(String json) {
        try {
            return objectMapper.readValue(json, RankedList.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored ranked list is not readable", e);
        }
    }

    private Tally tally(String json) {
        try {
            ReviewCompleted completed = objectMapper.readValue(json, ReviewCompleted.class);
            return new Tally(completed.weightedTotal(), completed.totalThreshold(), completed.thresholdsMet(),
                    completed.criteria(), completed.votes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored tally is not readable", e);
        }
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Placed(RankedList.Entry entry, Place place, int position) {
    }

    private record Known(UUID candidacyId, String ptceName, boolean withdrawn, Tally tally) {
    }

    /**
     * One round the network was asked to validate: the list's size by place, the network's answer if given, and the
     * call's latest round (a later one supersedes this one: it can no longer be answered).
     */
    record RoundSummary(UUID callId, String callTitle, int round, Network network, Instant requestedAt,
            int laureates, int reserve, int notSelected, Boolean approved, String reason, Instant validatedAt,
            int latestRound) {
    }

    /** A call's rounds as the delegate of {@code network} reads them; the grid names the tallies' criteria. */
    record CallValidations(UUID callId, String callTitle, Network network, EvaluationGrid grid, List<Round> rounds) {
    }

    /** One round of a call's list, the size of each place, and each participating network's answer. */
    record Round(int round, Instant requestedAt, int laureates, int reserve, int notSelected, List<Answer> answers) {
    }

    /** A network's answer to a round: none yet while {@code validatedAt} is null. */
    record Answer(Network network, Boolean approved, String reason, Instant validatedAt) {
    }

    enum Place {
        LAUREATE, RESERVE, NOT_SELECTED
    }

    /** One page of a round's proposed list; {@code page} counts from 0. */
    record ProposedPage(List<ProposedCandidacy> items, int page, int size, long totalItems) {
    }

    /**
     * A candidacy of the proposed list: its place, its position within it (the reserve's order), the coordinator's
     * motivation, and its tally (none when it went to the deliberation without one).
     */
    record ProposedCandidacy(UUID candidacyId, String ptceName, Place place, int position, String motivation,
            boolean withdrawn, Tally tally) {
    }

    /** The candidacy's tally on the call's grid, as the review sent it on. */
    record Tally(BigDecimal weightedTotal, BigDecimal totalThreshold, boolean thresholdsMet,
            List<ReviewCompleted.CriterionResult> criteria, List<ReviewCompleted.NetworkVote> votes) {
    }
}
