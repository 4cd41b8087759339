package org.ptce.web.reviewer;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Assignment;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A reviewer's landing page: the candidacies assigned to them, with the call each answers. */
@Controller
class AssignmentsController {

    private final ReviewApi review;
    private final ApplicationsApi applications;

    AssignmentsController(ReviewApi review, ApplicationsApi applications) {
        this.review = review;
        this.applications = applications;
    }

    @GetMapping("/evaluations")
    String assignments(Model model) {
        var assignments = review.myAssignments();
        Map<UUID, Call> calls = assignments.isEmpty() ? Map.of() : applications.calls().stream()
                .collect(Collectors.toMap(Call::id, Function.identity(), (first, same) -> first));
        model.addAttribute("rows", assignments.stream()
                .map(assignment -> new AssignmentRow(assignment, calls.get(assignment.callId()))).toList());
        return "reviewer/assignments";
    }

    /** An assignment with its call (absent when the call can no longer be read). */
    record AssignmentRow(Assignment assignment, Call call) {
    }
}
