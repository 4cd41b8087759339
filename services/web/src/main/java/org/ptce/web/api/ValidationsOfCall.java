package org.ptce.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A call's rounds of validation, as the delegate of {@code network} reads them: each round's list size by place and
 * every participating network's answer (none yet while {@code validatedAt} is null). The grid names the criteria
 * of the tallies.
 */
public record ValidationsOfCall(UUID callId, String callTitle, String network, Call.Grid grid, List<Round> rounds) {

    public List<Round> rounds() {
        return rounds == null ? List.of() : rounds;
    }

    public Optional<Round> round(int round) {
        return rounds().stream().filter(r -> r.round() == round).findFirst();
    }

    public int latestRound() {
        return rounds().stream().mapToInt(Round::round).max().orElse(0);
    }

    public record Round(int round, Instant requestedAt, int laureates, int reserve, int notSelected,
            List<Answer> answers) {

        public List<Answer> answers() {
            return answers == null ? List.of() : answers;
        }

        /** The answer of {@code network} to this round, if it takes part in it. */
        public Optional<Answer> answerOf(String network) {
            return answers().stream().filter(answer -> answer.network().equals(network)).findFirst();
        }
    }

    public record Answer(String network, Boolean approved, String reason, Instant validatedAt) {

        public boolean isGiven() {
            return validatedAt != null;
        }

        public boolean isApproved() {
            return Boolean.TRUE.equals(approved);
        }
    }
}
