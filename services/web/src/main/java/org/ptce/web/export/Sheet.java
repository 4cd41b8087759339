package org.ptce.web.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A spreadsheet written a row at a time, whose memory does not grow with its rows. A cell is text ({@link String}),
 * a number ({@link Number}), an instant (shown in Paris time), yes or no ({@link Boolean}), or empty ({@code null}).
 */
interface Sheet extends Closeable {

    void header(List<String> columns) throws IOException;

    void row(List<?> cells) throws IOException;

    /** Writes what is still to be written: for a format kept aside until its end, the whole file. */
    void finish() throws IOException;

    /** Text that a spreadsheet would take for a formula (CSV injection), the way OWASP lists them. */
    static boolean looksLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
