package org.ptce.applications.candidacy;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the holder writes in a candidacy; every field may wait until submission but the PTCE's name. */
record CandidacyContent(
        @NotBlank @Size(max = 200) String ptceName,
        @Size(max = 100) String legalForm,
        Boolean privateLawEntity,
        Boolean alreadySupportedByState,
        @Valid TerritoryContent territory,
        @Size(max = 50) List<@Valid @NotNull MemberContent> members,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> themes,
        @Size(max = 20_000) String cooperationStrategy,
        @Size(max = 20_000) String objectives,
        @Size(max = 20_000) String indicators,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budgetEuros) {

    /** A member as written: its SIRET, if given, must be a real one (checksum). */
    record MemberContent(
            @NotBlank @Size(max = 200) String name,
            @NotNull MemberKind kind,
            @Pattern(regexp = "\\d{14}", message = "must be the 14 digits of a SIRET") String siret) {
    }

    /** The territory in INSEE codes. */
    record TerritoryContent(
            @Size(max = 500) List<@Pattern(regexp = "\\d{5}|2[AB]\\d{3}",
                    message = "must be an INSEE commune code (5 characters)") String> communes,
            @Pattern(regexp = "\\d{9}", message = "must be the SIREN of an EPCI (9 digits)") String epci,
            @Pattern(regexp = "\\d{2}|2[AB]|97\\d", message = "must be a département code") String departement,
            @Pattern(regexp = "\\d{2}", message = "must be a région code (2 digits)") String region) {
    }
}
