package org.ptce.review.api;

/** A reviewer's opinion on a candidacy (avis). */
public enum Vote {
    FAVOURABLE, RESERVED, UNFAVOURABLE
}
