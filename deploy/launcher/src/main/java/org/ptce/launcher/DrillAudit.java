package org.ptce.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads every service's own tables, for one call, and says where a candidacy is not in the state the answers it got
 * promised: a submitted one without its process or its admissibility check, a declared admissible one without one
 * reviewer per network, anything done twice. One query for the whole call, whatever its size.
 */
final class DrillAudit {

    private static final String PER_CANDIDACY = """
            select c.id::text as id, c.status,
              (select count(*) from workflow.act_hi_procinst p
                where p.proc_def_key_ = 'ptce-candidacy' and p.business_key_ = c.id::text) as processes,
              (select count(*) from workflow.act_ru_task t
                join workflow.act_ru_execution root on root.id_ = t.proc_inst_id_
                where root.business_key_ = c.id::text and t.task_def_key_ = 'CheckAdmissibility') as checks_waiting,
              (select count(*) from workflow.act_ru_execution e
                join workflow.act_ru_execution root on root.id_ = e.proc_inst_id_
                where root.business_key_ = c.id::text and e.act_id_ = 'AwaitReview') as awaiting_review,
              (select count(*) from review.assignments a where a.candidacy_id = c.id) as assignments,
              (select count(distinct a.network) from review.assignments a where a.candidacy_id = c.id) as networks,
              exists(select 1 from review.candidacies_under_review r where r.candidacy_id = c.id) as in_review,
              exists(select 1 from publication.known_candidacies k where k.candidacy_id = c.id) as in_publication
            from applications.candidacies c
            where c.call_id = ?::uuid
            """;

    /** One candidacy as each service holds it. */
    record Candidacy(String id, String status, int processes, int checksWaiting, int awaitingReview,
            int assignments, int networks, boolean inReview, boolean inPublication) {
    }

    /** What the audit found: counts by state, and each broken promise in words. */
    record Findings(int candidacies, TreeMap<String, Integer> byStatus, int processes, int duplicates, int lost,
            int unfinished, List<String> problems) {

        boolean clean() {
            return problems.isEmpty();
        }
    }

    private DrillAudit() {
    }

    static Findings audit(Connection database, String callId, int networks, SubmissionBurst.Answers answers)
            throws SQLException {
        var candidacies = new ArrayList<Candidacy>();
        try (var query = database.prepareStatement(PER_CANDIDACY)) {
            query.setString(1, callId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    candidacies.add(new Candidacy(rows.getString("id"), rows.getString("status"),
                            rows.getInt("processes"), rows.getInt("checks_waiting"), rows.getInt("awaiting_review"),
                            rows.getInt("assignments"), rows.getInt("networks"), rows.getBoolean("in_review"),
                            rows.getBoolean("in_publication")));
                }
            }
        }
        return judge(candidacies, networks, answers);
    }

    static Findings judge(List<Candidacy> candidacies, int networks, SubmissionBurst.Answers answers) {
        var problems = new ArrayList<String>();
        var byStatus = new TreeMap<String, Integer>();
        int processes = 0;
        int duplicates = 0;
        int unfinished = 0;
        var stored = new HashSet<String>();
        for (Candidacy candidacy : candidacies) {
            stored.add(candidacy.id());
            byStatus.merge(candidacy.status(), 1, Integer::sum);
            processes += candidacy.processes();
            if (candidacy.processes() > 1) {
                duplicates++;
                problems.add(candidacy.id() + " has " + candidacy.processes() + " processes");
            }
            if (candidacy.assignments() > candidacy.networks()) {
                duplicates++;
                problems.add(candidacy.id() + " has " + candidacy.assignments() + " reviewers for "
                        + candidacy.networks() + " networks");
            }
            String unmet = unmet(candidacy, networks, answers);
            if (unmet != null) {
                unfinished++;
                problems.add(candidacy.id() + " (" + candidacy.status() + "): " + unmet);
            }
        }
        var acknowledged = new TreeSet<>(answers.created());
        acknowledged.addAll(answers.submitted());
        int lost = 0;
        for (String id : acknowledged) {
            if (!stored.contains(id)) {
                lost++;
                problems.add(id + " was acknowledged (2xx) and is not stored");
            }
        }
        return new Findings(candidacies.size(), byStatus, processes, duplicates, lost, unfinished, problems);
    }

    private static String unmet(Candidacy candidacy, int networks, SubmissionBurst.Answers answers) {
        boolean acknowledgedSubmit = answers.submitted().contains(candidacy.id());
        boolean acknowledgedDecision = answers.decided().contains(candidacy.id());
        return switch (candidacy.status()) {
            case "DRAFT" -> acknowledgedSubmit ? "its submission was acknowledged"
                    : candidacy.processes() > 0 ? "a draft with a process" : null;
            case "SUBMITTED" -> acknowledgedDecision ? "its admissibility decision was acknowledged"
                    : candidacy.processes() != 1 ? "no process"
                    : candidacy.checksWaiting() != 1 ? "no admissibility check waiting"
                    : !candidacy.inReview() || !candidacy.inPublication() ? "not known to review or publication"
                    : null;
            case "ADMISSIBLE" -> candidacy.checksWaiting() != 0 ? "its admissibility check still waits"
                    : candidacy.networks() != networks ? candidacy.networks() + " networks' reviewers of " + networks
                    : candidacy.awaitingReview() != 1 ? "its process does not wait for the review"
                    : !candidacy.inReview() || !candidacy.inPublication() ? "not known to review or publication"
                    : null;
            default -> "a status the drill never asked for";
        };
    }
}
