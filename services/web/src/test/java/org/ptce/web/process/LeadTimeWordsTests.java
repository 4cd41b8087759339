package org.ptce.web.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LeadTimeWordsTests {

    @Test
    void aLeadTimeIsWrittenInItsTwoLargestUnits() {
        assertThat(LeadTimeWords.of(Duration.ofHours(52).plusMinutes(40))).isEqualTo("2 j 4 h");
        assertThat(LeadTimeWords.of(Duration.ofDays(5))).isEqualTo("5 j");
        assertThat(LeadTimeWords.of(Duration.ofMinutes(195).plusSeconds(30))).isEqualTo("3 h 15 min");
        assertThat(LeadTimeWords.of(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(LeadTimeWords.of(Duration.ofMinutes(35))).isEqualTo("35 min");
        assertThat(LeadTimeWords.of(Duration.ofSeconds(20))).isEqualTo("moins d'une minute");
        assertThat(LeadTimeWords.of(null)).isEqualTo("—");
    }
}
