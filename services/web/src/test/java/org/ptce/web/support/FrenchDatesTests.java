package org.ptce.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FrenchDatesTests {

    private final FrenchDates dates = new FrenchDates(
            Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void writesAnInstantAsAFrenchPersonReadsItInParisTime() {
        assertThat(dates.format(Instant.parse("2027-03-15T11:00:00Z"))).isEqualTo("15 mars 2027 à 12 h 00");
        // Summer time: UTC+2.
        assertThat(dates.format(Instant.parse("2027-07-01T07:05:00Z"))).isEqualTo("1er juillet 2027 à 9 h 05");
    }

    @Test
    void saysHowMuchTimeIsLeftInWordsAndWhenADateHasPassed() {
        assertThat(dates.timeLeft(Instant.parse("2027-03-15T10:00:00Z"))).isEqualTo("plus que 14 jours");
        assertThat(dates.timeLeft(Instant.parse("2027-03-01T15:30:00Z"))).isEqualTo("plus que 5 heures");
        assertThat(dates.timeLeft(Instant.parse("2027-03-01T10:20:00Z"))).isEqualTo("plus que 20 minutes");
        assertThat(dates.timeLeft(Instant.parse("2027-03-01T09:00:00Z"))).isEqualTo("date passée");
    }

    @Test
    void writesADocumentsSizeInFrenchUnits() {
        assertThat(dates.size(1_572_864)).isEqualTo("1,5 Mo");
        assertThat(dates.size(350_000)).isEqualTo("342 ko");
    }
}
