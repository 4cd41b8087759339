package org.ptce.publication.result;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.platform.actor.CurrentActor;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.web.NotFoundException;
import org.ptce.publication.api.ResultsPublished;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a call's decided results, once: the laureates and the reserve as open data, and a notification to every
 * holder of a candidacy to the call with its outcome and motivation. Then says so (ResultsPublished).
 */
@Service
class Results {

    private static final Logger log = LoggerFactory.getLogger(Results.class);
    static final String WITHDRAWN_MOTIVATION = "Vous avez retiré cette candidature avant la décision.";
    static final String UNDECIDED_MOTIVATION = "La candidature n'a pas été retenue par le comité.";

    private final JdbcClient jdbc;
    private final MessagePublisher messages;
    private final CurrentActor actor;
    private final Clock clock;

    Results(JdbcClient jdbc, MessagePublisher messages, CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    void publish(ResultsDecided decided) {
        UUID callId = decided.callId();
        boolean already = jdbc.sql("select exists (select 1 from published_results where call_id = ?)")
                .param(callId).query(Boolean.class).single();
        if (already) {
            log.info("Results of round {} ignored: the call's results are published already", decided.round());
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("insert into published_results (call_id, round, published_at, published_for) values (?, ?, ?, ?)")
                .params(callId, decided.round(), Timestamp.from(now), actor.id()).update();
        Map<UUID, Placed> placed = placed(decided.list());
        List<KnownCandidacy> candidacies = jdbc.sql("select * from known_candidacies where call_id = ?")
                .param(callId).query(Results::known).list();
        int laureates = 0;
        for (KnownCandidacy candidacy : candidacies) {
            Placed place = placed.get(candidacy.candidacyId());
            // A candidacy withdrawn before the decision reached publication is no laureate, whatever the list says.
            if (place != null && place.outcome() != Outcome.NOT_SELECTED && !candidacy.withdrawn()) {
                jdbc.sql("""
                                insert into results (call_id, candidacy_id, list, rank, ptce_name, communes,
                                                     departement, region, themes)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(callId, candidacy.candidacyId(), place.outcome().name(), place.rank(),
                                candidacy.ptceName(), candidacy.communes().toArray(String[]::new),
                                candidacy.departement(), candidacy.region(), candidacy.themes().toArray(String[]::new))
                        .update();
                laureates += place.outcome() == Outcome.LAUREATE ? 1 : 0;
            }
            Outcome outcome;
            String motivation;
            if (candidacy.withdrawn()) {
                outcome = Outcome.WITHDRAWN;
                motivation = WITHDRAWN_MOTIVATION;
            } else if (candidacy.inadmissibleMotivation() != null) {
                outcome = Outcome.INADMISSIBLE;
                motivation = candidacy.inadmissibleMotivation();
            } else if (place != null) {
                outcome = place.outcome();
                motivation = place.motivation();
            } else {
                outcome = Outcome.NOT_SELECTED;
                motivation = UNDECIDED_MOTIVATION;
            }
            jdbc.sql("""
                            insert into notifications (id, call_id, candidacy_id, holder_id, ptce_name, outcome,
                                                       motivation, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), callId, candidacy.candidacyId(), candidacy.holderId(),
                            candidacy.ptceName(), outcome.name(), motivation, Timestamp.from(now))
                    .update();
        }
        messages.publish(new ResultsPublished(callId, laureates, candidacies.size(), now));
        log.info("Results published: {} laureate(s), {} holder(s) notified", laureates, candidacies.size());
    }

    @Transactional(readOnly = true)
    PublicResults publicResults(UUID callId) {
        Instant publishedAt = jdbc.sql("select published_at from published_results where call_id = ?").param(callId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElseThrow(() -> new NotFoundException("published results for call", callId));
        List<PublicResults.SelectedPtce> selected = jdbc.sql(
                        "select * from results where call_id = ? order by list, rank")
                .param(callId)
                .query((row, n) -> new PublicResults.SelectedPtce(Outcome.valueOf(row.getString("list")),
                        row.getInt("rank"), row.getString("ptce_name"), strings(row.getArray("communes")),
                        row.getString("departement"), row.getString("region"), strings(row.getArray("themes"))))
                .list();
        return new PublicResults(callId, publishedAt,
                selected.stream().filter(ptce -> ptce.list() == Outcome.LAUREATE).toList(),
                selected.stream().filter(ptce -> ptce.list() == Outcome.RESERVE).toList());
    }

    @Transactional(readOnly = true)
    List<NotificationView> notificationsOf(String holderId) {
        return jdbc.sql("select * from notifications where holder_id = ? order by created_at desc")
                .param(holderId)
                .query((row, n) -> {
                    Outcome outcome = Outcome.valueOf(row.getString("outcome"));
                    Timestamp emailed = row.getTimestamp("emailed_at");
                    return new NotificationView(row.getObject("call_id", UUID.class),
                            row.getObject("candidacy_id", UUID.class), row.getString("ptce_name"), outcome,
                            outcome.label(), row.getString("motivation"), row.getTimestamp("created_at").toInstant(),
                            emailed == null ? null : emailed.toInstant());
                })
                .list();
    }

    private static Map<UUID, Placed> placed(RankedList list) {
        var placed = new HashMap<UUID, Placed>();
        put(placed, list.laureates(), Outcome.LAUREATE);
        put(placed, list.reserve(), Outcome.RESERVE);
        put(placed, list.notSelected(), Outcome.NOT_SELECTED);
        return placed;
    }

    private static void put(Map<UUID, Placed> placed, List<RankedList.Entry> entries, Outcome outcome) {
        for (int i = 0; i < entries.size(); i++) {
            placed.put(entries.get(i).candidacyId(), new Placed(outcome, i + 1, entries.get(i).motivation()));
        }
    }

    private static KnownCandidacy known(ResultSet row, int n) throws SQLException {
        return new KnownCandidacy(row.getObject("candidacy_id", UUID.class), row.getString("holder_id"),
                row.getString("ptce_name"), strings(row.getArray("communes")), row.getString("departement"),
                row.getString("region"), strings(row.getArray("themes")), row.getString("inadmissible_motivation"),
                row.getTimestamp("withdrawn_at") != null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private record Placed(Outcome outcome, int rank, String motivation) {
    }

    private record KnownCandidacy(UUID candidacyId, String holderId, String ptceName, List<String> communes,
            String departement, String region, List<String> themes, String inadmissibleMotivation,
            boolean withdrawn) {
    }

    /** A holder's notification of their candidacy's outcome, with its motivation. */
    record NotificationView(UUID callId, UUID candidacyId, String ptceName, Outcome outcome, String outcomeLabel,
            String motivation, Instant notifiedAt, Instant emailedAt) {
    }
}
