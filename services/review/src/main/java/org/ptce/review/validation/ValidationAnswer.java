package org.ptce.review.validation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A delegate's answer for their network: approve the list, or reject it with a reason. */
record ValidationAnswer(@NotNull Boolean approved, @Size(max = 4000) String reason) {
}
