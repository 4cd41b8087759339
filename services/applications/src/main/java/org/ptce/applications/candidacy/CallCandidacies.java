package org.ptce.applications.candidacy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's submitted candidacies, whole, a page at a time in the order they were submitted: what the coordinators
 * export for the committee. Each page costs four queries (the call, the count, the candidacies, their members),
 * whatever the page's size and the call's.
 */
@Component
class CallCandidacies {

    static final int DEFAULT_SIZE = 100;
    static final int LARGEST_SIZE = 500;

    private final JdbcClient jdbc;

    CallCandidacies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Withdrawn candidacies are kept, as the coordinators read them one by one; drafts are their holders' only. A
     * candidacy's submission time never changes (a completion keeps it), so that a candidacy submitted while the
     * pages are read comes last, and moves none from one page to another.
     */
    @Transactional(readOnly = true)
    CandidacyPage page(UUID callId, int page, int size) {
        if (!jdbc.sql("select exists (select 1 from calls where id = ?)").param(callId).query(Boolean.class)
                .single()) {
            throw new NotFoundException("call", callId);
        }
        long total = jdbc.sql("select count(*) from candidacies where call_id = ? and submitted_at is not null")
                .param(callId).query(Long.class).single();
        List<CandidacyView> read = jdbc.sql("""
                        select * from candidacies where call_id = :callId and submitted_at is not null
                        order by submitted_at, id limit :size offset :offset""")
                .param("callId", callId).param("size", size).param("offset", (long) page * size)
                .query(CallCandidacies::row).list();
        Map<UUID, List<Member>> members = members(read.stream().map(CandidacyView::id).toList());
        var items = read.stream().map(view -> withMembers(view, members.getOrDefault(view.id(), List.of())))
                .toList();
        return new CandidacyPage(items, page, size, total);
    }

    private Map<UUID, List<Member>> members(List<UUID> candidacyIds) {
        var members = new HashMap<UUID, List<Member>>();
        if (candidacyIds.isEmpty()) {
            return members;
        }
        jdbc.sql("""
                        select candidacy_id, name, kind, siret from candidacy_members
                        where candidacy_id in (:ids) order by candidacy_id, position""")
                .param("ids", candidacyIds)
                .query(row -> {
                    members.computeIfAbsent(row.getObject("candidacy_id", UUID.class), id -> new ArrayList<>())
                            .add(new Member(row.getString("name"), MemberKind.valueOf(row.getString("kind")),
                                    row.getString("siret")));
                });
        return members;
    }

    /** A candidacy as its row says, its members read afterwards for the whole page. */
    private static CandidacyView row(ResultSet row, int n) throws SQLException {
        var territory = new Territory(strings(row.getArray("communes")), row.getString("epci"),
                row.getString("departement"), row.getString("region"));
        return new CandidacyView(row.getObject("id", UUID.class), row.getObject("call_id", UUID.class),
                row.getString("holder_id"), row.getString("ptce_name"), row.getString("legal_form"),
                row.getBoolean("private_law_entity"), row.getObject("already_supported_by_state", Boolean.class),
                territory, List.of(), strings(row.getArray("themes")), row.getString("cooperation_strategy"),
                row.getString("objectives"), row.getString("indicators"), row.getBigDecimal("budget_euros"),
                CandidacyStatus.valueOf(row.getString("status")), instant(row, "created_at"),
                instant(row, "updated_at"), instant(row, "submitted_at"), instant(row, "withdrawn_at"),
                row.getString("completion_request"), instant(row, "completion_due_at"),
                instant(row, "completed_at"), row.getString("admissibility_motivation"),
                instant(row, "admissibility_decided_at"), row.getString("outcome_motivation"),
                instant(row, "decided_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static CandidacyView withMembers(CandidacyView v, List<Member> members) {
        return new CandidacyView(v.id(), v.callId(), v.holderId(), v.ptceName(), v.legalForm(), v.privateLawEntity(),
                v.alreadySupportedByState(), v.territory(), List.copyOf(members), v.themes(), v.cooperationStrategy(),
                v.objectives(), v.indicators(), v.budgetEuros(), v.status(), v.createdAt(), v.updatedAt(),
                v.submittedAt(), v.withdrawnAt(), v.completionRequest(), v.completionDueAt(), v.completedAt(),
                v.admissibilityMotivation(), v.admissibilityDecidedAt(), v.outcomeMotivation(), v.decidedAt());
    }

    /** One page of a call's submitted candidacies; {@code page} counts from 0. */
    record CandidacyPage(List<CandidacyView> items, int page, int size, long totalItems) {
    }
}
