package org.ptce.applications.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the reviewers score a call's candidacies: each criterion is scored from 0 to 5; a candidacy meets the grid
 * when the mean score of each criterion reaches its threshold and the weighted mean of the criteria reaches the total
 * threshold.
 */
public record EvaluationGrid(List<Criterion> criteria, BigDecimal totalThreshold) {

    public record Criterion(String code, String label, int weight, BigDecimal threshold) {
    }
}
