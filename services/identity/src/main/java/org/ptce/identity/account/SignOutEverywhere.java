package org.ptce.identity.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends whatever lets a person in without their password: their sessions at the provider (on every instance: they
 * live in PostgreSQL) and their authorizations, hence their refresh tokens. An access token already issued lives on
 * until it expires (15 minutes for the web application, see the README): the services check signatures, not this
 * table.
 */
@Component
class SignOutEverywhere {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcClient jdbc;

    SignOutEverywhere(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    void signOut(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
        jdbc.sql("delete from oauth2_authorization where principal_name = ?").param(username).update();
    }
}
