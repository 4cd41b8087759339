package org.ptce.applications.call;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ptce.review.api.Network;

/** What the coordinator writes to prepare a call. */
record CallDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20_000) String description,
        @NotNull @Future Instant submissionDeadline,
        @NotEmpty Set<@NotNull Network> participatingNetworks,
        @NotNull @Valid Grid evaluationGrid,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> requiredDocuments,
        @NotNull @Future Instant reviewDeadline,
        @NotNull Duration completionTimeLimit) {

    /** The reviewers' grid: its criteria, and the weighted mean (0 to 5) a candidacy must reach. */
    record Grid(
            @NotEmpty @Size(max = 20) List<@NotNull @Valid Criterion> criteria,
            @NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal totalThreshold) {
    }
}
