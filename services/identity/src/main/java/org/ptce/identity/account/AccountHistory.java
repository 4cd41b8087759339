package org.ptce.identity.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What was done to each account, by whom and when: kept with the account, shown to coordinators and to the person. */
@Component
public class AccountHistory {

    public enum Action {
        SIGNED_UP, VERIFIED, INVITED, INVITATION_SENT_AGAIN, INVITATION_ACCEPTED, ROLE_CHANGED, NAME_CHANGED,
        PASSWORD_CHANGED, PASSWORD_RESET, DISABLED, ENABLED, SEEDED
    }

    /** One change; the actor is null when the person did it themselves. */
    public record Entry(Action action, String actorId, String actorName, Instant at, String detail) {
    }

    /** Who acts: a coordinator (their account id and name), the person themselves, or the platform. */
    public record Actor(String id, String name) {
    }

    private final JdbcClient jdbc;

    AccountHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID accountId, Action action, Actor actor, Instant at, String detail) {
        jdbc.sql("insert into account_history (account_id, action, actor_id, actor_name, at, detail)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(accountId, action.name(), actor == null ? null : actor.id(),
                        actor == null ? null : actor.name(), Timestamp.from(at), detail)
                .update();
    }

    /** Newest first. */
    public List<Entry> of(UUID accountId) {
        return jdbc.sql("select * from account_history where account_id = ? order by at desc, id desc")
                .param(accountId)
                .query((row, n) -> new Entry(Action.valueOf(row.getString("action")), row.getString("actor_id"),
                        row.getString("actor_name"), row.getTimestamp("at").toInstant(), row.getString("detail")))
                .list();
    }
}
