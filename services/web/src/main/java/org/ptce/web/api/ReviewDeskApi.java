package org.ptce.web.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The review service's API, as the coordinator's desk reads it: the tallies and evaluations a deliberation weighs,
 * the networks' answers to each round, and the networks left without a reviewer.
 */
public class ReviewDeskApi {

    private final RestClient http;

    ReviewDeskApi(RestClient http) {
        this.http = http;
    }

    /** The call's reviewed candidacies, best weighted total first, each with its tally. */
    public List<RankedCandidacy> ranking(UUID callId) {
        return http.get().uri("/api/review/calls/{id}/ranking", callId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** Every network's answer to every round of the call's list. */
    public List<Validation> validations(UUID callId) {
        return http.get().uri("/api/review/calls/{id}/validations", callId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** The call's candidacies under review that a participating network has no reviewer for. */
    public List<UncoveredCandidacy> uncovered(UUID callId) {
        return http.get().uri("/api/review/calls/{id}/uncovered", callId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** Gives the candidacy a reviewer of a network left without one. */
    public void assign(UUID candidacyId, String reviewerId) {
        http.post().uri("/api/review/candidacies/{id}/assignments", candidacyId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reviewerId", reviewerId)).retrieve()
                .toBodilessEntity();
    }

    /** A network's reviewers and delegates on its roster today. */
    public List<CommitteeMember> members(String network) {
        return http.get().uri("/api/networks/{network}/members", network).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** By call still before its review deadline, how many candidacies a participating network has no reviewer for. */
    public List<UncoveredCall> uncoveredCalls() {
        return http.get().uri("/api/review/uncovered").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    /** A reviewed candidacy with its whole tally. */
    public record RankedCandidacy(UUID candidacyId, String ptceName, BigDecimal weightedTotal, boolean thresholdsMet,
            Tally tally) {
    }

    /** The mean per criterion, the weighted total and how each network voted. */
    public record Tally(List<CriterionResult> criteria, BigDecimal weightedTotal, BigDecimal totalThreshold,
            boolean thresholdsMet, List<NetworkVote> votes) {

        public List<CriterionResult> criteria() {
            return criteria == null ? List.of() : criteria;
        }

        public List<NetworkVote> votes() {
            return votes == null ? List.of() : votes;
        }
    }

    public record CriterionResult(String code, int weight, BigDecimal mean, BigDecimal threshold, boolean met) {
    }

    /** How many reviewers of a network voted FAVOURABLE, RESERVED or UNFAVOURABLE. */
    public record NetworkVote(String network, String vote, int count) {
    }

    /** One reviewer's submitted evaluation: a score 0 to 5 per criterion code, and a vote. */
    public record Evaluation(UUID candidacyId, String reviewerId, String network, Map<String, Integer> scores,
            String vote, String comment, Instant updatedAt, Instant submittedAt) {

        public Map<String, Integer> scores() {
            return scores == null ? Map.of() : scores;
        }
    }

    /** A network's answer to one round: {@code approved} is {@code null} while it has not answered. */
    public record Validation(UUID callId, int round, String network, Instant requestedAt, Boolean approved,
            String reason, String delegateId, Instant validatedAt) {
    }

    public record UncoveredCandidacy(UUID candidacyId, String ptceName, Set<String> networksWithoutReviewer) {

        public Set<String> networksWithoutReviewer() {
            return networksWithoutReviewer == null ? Set.of() : networksWithoutReviewer;
        }
    }

    /** A reviewer (REVIEWER) or delegate (NETWORK_DELEGATE) of a network. */
    public record CommitteeMember(String personId, String displayName, String network, String role) {
    }

    /** A call with candidacies under review left without a reviewer of a participating network: how many, which. */
    public record UncoveredCall(UUID callId, String title, Instant reviewDeadline, int candidacies,
            Set<String> networksWithoutReviewer) {

        public Set<String> networksWithoutReviewer() {
            return networksWithoutReviewer == null ? Set.of() : networksWithoutReviewer;
        }
    }

    /** The tallies of these candidacies of the call (500 at most) that have one, in the order asked. */
    public List<RankedCandidacy> tallies(UUID callId, List<UUID> candidacyIds) {
        return http.post().uri("/api/review/calls/{id}/tallies/lookup", callId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("candidacyIds", candidacyIds)).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** A page (from 0) of the call's evaluations: every assigned reviewer, by candidacy, network and reviewer. */
    public CallEvaluationPage evaluationsOfCall(UUID callId, int page, int size) {
        return http.get().uri("/api/review/calls/{id}/evaluations?page={page}&size={size}", callId, page, size)
                .retrieve().body(CallEvaluationPage.class);
    }

    /** One page of a call's evaluations, and how many the call has. */
    public record CallEvaluationPage(List<CallEvaluation> items, int page, int size, long totalItems) {

        public List<CallEvaluation> items() {
            return items == null ? List.of() : items;
        }
    }

    /**
     * An assigned reviewer's evaluation of a candidacy of the call: where it stands (TO_DECLARE, TO_EVALUATE, DRAFT,
     * SUBMITTED) and, once submitted, its scores by criterion code, weighted total, vote and comment.
     */
    public record CallEvaluation(UUID candidacyId, String ptceName, String reviewerId, String reviewerName,
            String network, String status, Instant assignedAt, Map<String, Integer> scores, BigDecimal weightedTotal,
            Boolean thresholdsMet, String vote, String comment, Instant submittedAt) {

        public Map<String, Integer> scores() {
            return scores == null ? Map.of() : scores;
        }
    }

    /** How long each participating network's reviewers take over the call's evaluations, in the committee's order. */
    public EvaluationLeadTimes leadTimes(UUID callId) {
        return http.get().uri("/api/review/calls/{id}/lead-times", callId).retrieve()
                .body(EvaluationLeadTimes.class);
    }

    public record EvaluationLeadTimes(UUID callId, List<NetworkLeadTimes> networks) {

        public List<NetworkLeadTimes> networks() {
            return networks == null ? List.of() : networks;
        }
    }

    /**
     * A network's evaluations of a call: assigned, submitted, and the median and longest time from an assignment to
     * its submission ({@code null} before any).
     */
    public record NetworkLeadTimes(String network, long assigned, long submitted, Duration median,
            Duration slowest) {
    }
}
