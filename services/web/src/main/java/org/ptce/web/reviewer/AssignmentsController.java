package org.ptce.web.reviewer;

import org.ptce.web.api.ReviewApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A reviewer's landing page: the candidacies assigned to them across calls, each with its call, network, review
 * deadline and time left, where the evaluation stands and the reminders received; the overdue first (the review
 * service orders them, in one query).
 */
@Controller
class AssignmentsController {

    private final ReviewApi review;

    AssignmentsController(ReviewApi review) {
        this.review = review;
    }

    @GetMapping("/evaluations")
    String assignments(Model model) {
        model.addAttribute("assignments", review.myAssignments());
        return "reviewer/assignments";
    }
}
