package org.ptce.web.api;

import java.math.BigDecimal;
import java.util.List;

/** What a holder writes in a candidacy, as the applications service reads it. */
public record CandidacyContent(String ptceName, String legalForm, Boolean privateLawEntity,
        Boolean alreadySupportedByState, Candidacy.Territory territory, List<Candidacy.Member> members,
        List<String> themes, String cooperationStrategy, String objectives, String indicators,
        BigDecimal budgetEuros) {
}
