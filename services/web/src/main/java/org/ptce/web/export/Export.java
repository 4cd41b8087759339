package org.ptce.web.export;

import java.io.IOException;
import java.util.List;

/**
 * One export of a call, its first page already read, so that a service's refusal is told as a page before the
 * file begins; the next pages are read as the rows are written.
 */
interface Export {

    /** « candidatures », « evaluations »: the start of the file's name. */
    String name();

    String sheetName();

    List<String> columns();

    /** Writes every row, reading the services a page at a time. */
    void writeRows(Sheet sheet) throws IOException;
}
