package org.ptce.web.delegate;


import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ptce.web.security.SignedInAs;
import org.ptce.web.api.Call;
import org.ptce.web.api.ProposedListPage;
import org.ptce.web.api.ValidationRound;
import org.ptce.web.api.ValidationsOfCall;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** RTES's delegate, and a call's proposed lists as the review service would answer them. */
final class DelegateFixtures {

    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");
    static final UUID OTHER_CALL = UUID.fromString("00000000-0000-0000-0000-0000000000cb");
    /** 26 February 2027, 10:00 in Paris: three days before the tests' clock. */
    static final Instant REQUESTED = Instant.parse("2027-02-26T09:00:00Z");
    static final Call.Grid GRID = new Call.Grid(List.of(
            new Call.Criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 2, new BigDecimal("2.5")),
            new Call.Criterion("COOPERATION", "Coopération entre les membres", 1, new BigDecimal("2"))),
            new BigDecimal("3"));

    private DelegateFixtures() {
    }

    static OidcLoginRequestPostProcessor delegate() {
        return person("NETWORK_DELEGATE");
    }

    static OidcLoginRequestPostProcessor person(String role) {
        return SignedInAs.person("delegate-rtes", role, "Hélène Garnier", "RTES");
    }

    static ValidationRound awaited(UUID callId, String title, int round, Instant requestedAt) {
        return new ValidationRound(callId, title, round, "RTES", requestedAt, 2, 1, 1, null, null, null, round);
    }

    static ValidationsOfCall.Answer waiting(String network) {
        return new ValidationsOfCall.Answer(network, null, null, null);
    }

    static ValidationsOfCall.Answer answered(String network, boolean approved, String reason, Instant at) {
        return new ValidationsOfCall.Answer(network, approved, reason, at);
    }

    static ValidationsOfCall.Round round(int round, Instant requestedAt, ValidationsOfCall.Answer... answers) {
        return new ValidationsOfCall.Round(round, requestedAt, 2, 1, 1, List.of(answers));
    }

    static ValidationsOfCall call(ValidationsOfCall.Round... rounds) {
        return new ValidationsOfCall(CALL, "AMI PTCE 2027", "RTES", GRID, List.of(rounds));
    }

    /** The first round, RTES not answered yet, MES answered already. */
    static ValidationsOfCall awaitingRtes() {
        return call(round(1, REQUESTED, waiting("RTES"),
                answered("MES", true, null, Instant.parse("2027-02-27T15:30:00Z"))));
    }

    /** Two laureates, one on the reserve and one not selected, the last deliberated without a tally. */
    static ProposedListPage fourCandidacies() {
        return new ProposedListPage(List.of(
                new ProposedListPage.Entry(UUID.randomUUID(), "PTCE Sud Aquitaine", "LAUREATE", 1,
                        "Un pôle exemplaire autour de l'eusko.", false, tally("4.333", "4.5", "4", true,
                                new ProposedListPage.NetworkVote("RTES", "FAVOURABLE", 2),
                                new ProposedListPage.NetworkVote("MES", "FAVOURABLE", 1))),
                new ProposedListPage.Entry(UUID.randomUUID(), "Pôle Petite Enfance de Villeurbanne", "LAUREATE", 2,
                        "Une coopération solide.", false, tally("4.000", "4", "4", true,
                                new ProposedListPage.NetworkVote("RTES", "FAVOURABLE", 1),
                                new ProposedListPage.NetworkVote("MES", "RESERVED", 1))),
                new ProposedListPage.Entry(UUID.randomUUID(), "Tiers-lieu 6-10", "RESERVE", 1,
                        "À conforter sur la coopération.", false, tally("2.750", "3.125", "1.5", false,
                                new ProposedListPage.NetworkVote("MES", "UNFAVOURABLE", 1))),
                new ProposedListPage.Entry(UUID.randomUUID(), "PTCE du Val", "NOT_SELECTED", 1,
                        "Ancrage territorial insuffisant.", true, null)), 0, 50, 4);
    }

    static ProposedListPage.Tally tally(String total, String anchoring, String cooperation, boolean met,
            ProposedListPage.NetworkVote... votes) {
        return new ProposedListPage.Tally(new BigDecimal(total), new BigDecimal("3"), met, List.of(
                new ProposedListPage.CriterionResult("TERRITORIAL_ANCHORING", 2, new BigDecimal(anchoring),
                        new BigDecimal("2.5"), true),
                new ProposedListPage.CriterionResult("COOPERATION", 1, new BigDecimal(cooperation),
                        new BigDecimal("2"), new BigDecimal(cooperation).compareTo(new BigDecimal("2")) >= 0)),
                List.of(votes));
    }
}
