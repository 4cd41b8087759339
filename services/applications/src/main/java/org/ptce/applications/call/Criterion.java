package org.ptce.applications.call;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ptce.applications.api.EvaluationGrid;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a call's evaluation grid: scored 0 to 5 by each reviewer, it counts {@code weight} times in the total,
 * and its mean score must reach {@code threshold}.
 */
@Table("call_criteria")
record Criterion(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be upper-case letters, digits or _")
        String code,
        @NotBlank @Size(max = 200) String label,
        @Min(1) @Max(10) int weight,
        @NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal threshold) {

    EvaluationGrid.Criterion message() {
        return new EvaluationGrid.Criterion(code, label, weight, threshold);
    }
}
