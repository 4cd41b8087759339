package org.ptce.web.api;

import java.time.Instant;

/**
 * One change to an account, as the identity provider keeps it: what (INVITED, ROLE_CHANGED, …), by whom (a
 * coordinator; {@code null} when the person did it themselves), when, and what changed.
 */
public record PersonEvent(String action, String actorName, Instant at, String detail) {
}
