package org.ptce.applications.call;

import java.time.Instant;
import java.util.Set;

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
        @NotEmpty Set<@NotNull Network> participatingNetworks) {
}
