package org.ptce.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ptce.web.support.FrenchDates;

/**
 * CSV as French Excel opens it with a double click: UTF-8 with a byte order mark, {@code ;} between the cells, CRLF
 * between the rows, decimal commas, dates as « 15/02/2027 12:00 » in Paris time. A cell is quoted as RFC 4180 says
 * when it holds a separator, a quote or a line break; text a spreadsheet would take for a formula is prefixed with
 * a quote, so that it stays text.
 */
final class CsvSheet implements Sheet {

    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(FrenchDates.PARIS);

    private final Writer out;

    CsvSheet(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        out.write('\uFEFF');
    }

    @Override
    public void header(List<String> columns) throws IOException {
        row(columns);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(field(cells.get(i)));
        }
        out.write(LINE_END);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Number number) {
            return number.toString().replace('.', ',');
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Oui" : "Non";
        }
        String text = value.toString();
        return quoted(Sheet.looksLikeAFormula(text) ? "'" + text : text);
    }

    private static String quoted(String text) {
        if (text.indexOf(SEPARATOR) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
                && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
