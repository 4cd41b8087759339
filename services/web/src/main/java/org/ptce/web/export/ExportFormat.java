package org.ptce.web.export;

import java.io.IOException;
import java.io.OutputStream;

/** The files a call's exports come as. */
enum ExportFormat {

    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    Sheet open(OutputStream out, String sheetName) throws IOException {
        return switch (this) {
            case CSV -> new CsvSheet(out);
            case XLSX -> new XlsxSheet(out, sheetName);
        };
    }
}
