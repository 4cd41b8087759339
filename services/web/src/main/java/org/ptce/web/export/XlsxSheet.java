package org.ptce.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ptce.web.support.FrenchDates;

/**
 * An XLSX workbook of one sheet, written by Apache POI's streaming writer: only the last rows stay in memory, the
 * others wait in a temporary file until the workbook is written out at the end, and are deleted then. Numbers and
 * dates (Paris time) are cells of their type; text that a spreadsheet would take for a formula is marked as text.
 */
final class XlsxSheet implements Sheet {

    /** The rows kept in memory; the rest are flushed to the temporary file. */
    private static final int WINDOW = 100;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle heading;
    private final CellStyle dateTime;
    private final CellStyle quotedText;
    private int rows;

    XlsxSheet(OutputStream out, String name) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(name);
        sheet.setDefaultColumnWidth(20);
        heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading.setFont(bold);
        heading.setWrapText(true);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
    }

    @Override
    public void header(List<String> columns) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(heading);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Instant instant) {
                cell.setCellValue(instant.atZone(FrenchDates.PARIS).toLocalDateTime());
                cell.setCellStyle(dateTime);
            } else if (value instanceof Boolean yes) {
                cell.setCellValue(yes ? "Oui" : "Non");
            } else {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
                if (Sheet.looksLikeAFormula(text)) {
                    cell.setCellStyle(quotedText);
                }
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary file, written out or not. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
