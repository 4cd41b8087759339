package org.ptce.web.api;

/**
 * Whom a coordinator looks for: each criterion left {@code null} is not applied. {@code q} is matched against names
 * and addresses; {@code page} counts from 0.
 */
public record PeopleQuery(String network, String role, String status, String q, int page, int size) {
}
