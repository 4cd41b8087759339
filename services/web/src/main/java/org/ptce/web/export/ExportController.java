package org.ptce.web.export;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A call's exports for the committee's meetings, for the coordinators: its candidacies, and its evaluations, as CSV
 * or XLSX. Written as they are read, on the request's own thread (the services' clients need its session for the
 * person's token): a page of the services at a time, so that neither memory nor any wait grows with the call.
 */
@Controller
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final ApplicationsApi applications;
    private final ReviewDeskApi review;
    private final Words words;

    ExportController(ApplicationsApi applications, ReviewDeskApi review, MessageSource messages) {
        this.applications = applications;
        this.review = review;
        this.words = new Words(messages);
    }

    @GetMapping("/coordination/appels/{callId}/export/candidatures.csv")
    void candidaciesAsCsv(@PathVariable UUID callId, HttpServletResponse response) throws IOException {
        Call call = applications.call(callId);
        send(call, new CandidacyExport(call, applications, review, words), ExportFormat.CSV, response);
    }

    @GetMapping("/coordination/appels/{callId}/export/candidatures.xlsx")
    void candidaciesAsXlsx(@PathVariable UUID callId, HttpServletResponse response) throws IOException {
        Call call = applications.call(callId);
        send(call, new CandidacyExport(call, applications, review, words), ExportFormat.XLSX, response);
    }

    @GetMapping("/coordination/appels/{callId}/export/evaluations.csv")
    void evaluationsAsCsv(@PathVariable UUID callId, HttpServletResponse response) throws IOException {
        Call call = applications.call(callId);
        send(call, new EvaluationExport(call, review, words), ExportFormat.CSV, response);
    }

    @GetMapping("/coordination/appels/{callId}/export/evaluations.xlsx")
    void evaluationsAsXlsx(@PathVariable UUID callId, HttpServletResponse response) throws IOException {
        Call call = applications.call(callId);
        send(call, new EvaluationExport(call, review, words), ExportFormat.XLSX, response);
    }

    private static void send(Call call, Export export, ExportFormat format, HttpServletResponse response)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(export.name(), call, format)).build().toString());
        try (Sheet sheet = format.open(response.getOutputStream(), export.sheetName())) {
            sheet.header(export.columns());
            export.writeRows(sheet);
            sheet.finish();
        } catch (RuntimeException failure) {
            log.warn("The {} export of call {} stopped", export.name(), call.id(), failure);
            if (!response.isCommitted()) {
                // Nothing sent yet (an XLSX file waits for its end): the error page, not a file, follows.
                response.reset();
            }
            throw new ExportInterruptedException(failure);
        }
    }

    /** « candidatures-ami-ptce-2027.csv »: the call's title in plain letters, which every browser keeps. */
    static String fileName(String export, Call call, ExportFormat format) {
        String title = call.title() == null ? "" : Normalizer.normalize(call.title(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (title.length() > 60) {
            title = title.substring(0, 60).replaceAll("-$", "");
        }
        return export + "-" + (title.isEmpty() ? call.id().toString() : title) + "." + format.extension();
    }
}
