package org.ptce.web.site;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.ptce.web.api.PublicCall;
import org.ptce.web.api.PublicationApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What anyone may read: the calls, what each asks for, their published results and the open data files. */
@Controller
class PublicSiteController {

    private final PublicationApi publication;
    private final Clock clock;

    PublicSiteController(PublicationApi publication, Clock clock) {
        this.publication = publication;
        this.clock = clock;
    }

    @GetMapping({"/", "/appels"})
    String calls(Model model) {
        List<PublicCall> calls = publication.calls();
        model.addAttribute("openCalls", calls.stream().filter(call -> call.isOpenAt(clock.instant()))
                .sorted(Comparator.comparing(PublicCall::submissionDeadline)).toList());
        model.addAttribute("closedCalls", calls.stream().filter(call -> !call.isOpenAt(clock.instant()))
                .sorted(Comparator.comparing(PublicCall::submissionDeadline).reversed()).toList());
        return "site/calls";
    }

    @GetMapping("/appels/{callId}")
    String call(@PathVariable UUID callId, Model model) {
        PublicCall call = publication.call(callId);
        model.addAttribute("call", call);
        model.addAttribute("open", call.isOpenAt(clock.instant()));
        return "site/call";
    }

    @GetMapping("/appels/{callId}/resultats")
    String results(@PathVariable UUID callId, Model model) {
        model.addAttribute("call", publication.call(callId));
        model.addAttribute("results", publication.results(callId));
        return "site/results";
    }

    @GetMapping("/appels/{callId}/resultats.csv")
    ResponseEntity<byte[]> resultsCsv(@PathVariable UUID callId) {
        return download(publication.resultsFile(callId, "csv"), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "resultats-" + callId + ".csv");
    }

    @GetMapping("/appels/{callId}/resultats.json")
    ResponseEntity<byte[]> resultsJson(@PathVariable UUID callId) {
        return download(publication.resultsFile(callId, "json"), MediaType.APPLICATION_JSON,
                "resultats-" + callId + ".json");
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "site/accessibility";
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }
}
