package org.ptce.web.awaiting;

import java.util.function.Supplier;

/**
 * What the header shows of what awaits the person: asked for at the header's first look, once per page, so that a
 * redirect or a file download asks nothing.
 */
final class AwaitingGlance {

    private final Supplier<Awaiting> source;
    private Awaiting awaiting;

    AwaitingGlance(Supplier<Awaiting> source) {
        this.source = source;
    }

    /** Whether the count is known: every service answered. */
    public boolean isKnown() {
        return awaiting().isComplete();
    }

    public int count() {
        return awaiting().count();
    }

    private Awaiting awaiting() {
        if (awaiting == null) {
            awaiting = source.get();
        }
        return awaiting;
    }
}
