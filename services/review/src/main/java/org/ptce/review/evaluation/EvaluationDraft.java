package org.ptce.review.evaluation;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ptce.review.api.Vote;

/** What a reviewer writes: a score from 0 to 5 per criterion of the call's grid, a vote, a comment. */
record EvaluationDraft(
        @NotNull @Size(max = 20) Map<String, @NotNull @Min(0) @Max(5) Integer> scores,
        Vote vote,
        @Size(max = 10_000) String comment) {
}
