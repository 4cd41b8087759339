package org.ptce.web.api;

import java.math.BigDecimal;
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

    /** The submitted evaluations of a candidacy, by network. */
    public List<Evaluation> evaluations(UUID candidacyId) {
        return http.get().uri("/api/review/candidacies/{id}/evaluations", candidacyId).retrieve()
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
}
