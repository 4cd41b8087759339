package org.ptce.platform.web;

/** One invalid field of a request, as listed in the {@code errors} member of a problem body. */
public record FieldError(String field, String message) {
}
