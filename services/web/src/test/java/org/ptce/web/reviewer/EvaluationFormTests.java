package org.ptce.web.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptce.web.api.Call;

class EvaluationFormTests {

    private final List<Call.Criterion> criteria = ReviewerFixtures.grid().criteria();

    @Test
    void aFieldTheServiceNamesIsTheFormsScoreFieldWhicheverWayItIsWritten() {
        var form = EvaluationForm.of(criteria, null);

        assertThat(form.serviceField("scores.COOPERATION")).isEqualTo("scores[COOPERATION]");
        assertThat(form.serviceField("scores[TERRITORIAL_ANCHORING]")).isEqualTo("scores[TERRITORIAL_ANCHORING]");
        assertThat(form.serviceField("scores.BEAUTY")).as("not a criterion of the form").isNull();
        assertThat(form.serviceField("vote")).isEqualTo("vote");
        assertThat(form.serviceField("comment")).isEqualTo("comment");
        assertThat(form.serviceField("reviewerId")).isNull();
        assertThat(form.fields()).containsExactly("scores[TERRITORIAL_ANCHORING]", "scores[COOPERATION]", "vote",
                "comment");
    }

    @Test
    void blankScoresAreNotScoredYetAndOnlyWholeNumbersAreRead() {
        var form = new EvaluationForm();
        var scores = new LinkedHashMap<String, String>();
        scores.put("TERRITORIAL_ANCHORING", " 4 ");
        scores.put("COOPERATION", "");
        form.setScores(scores);
        form.setVote("");

        assertThat(form.unreadableScores()).isEmpty();
        assertThat(form.draft().scores()).containsOnlyKeys("TERRITORIAL_ANCHORING").containsValue(4);
        assertThat(form.draft().vote()).isNull();

        scores.put("COOPERATION", "2,5");
        assertThat(form.unreadableScores()).containsExactly("COOPERATION");
    }

    @Test
    void numbersAreWrittenTheFrenchWay() {
        assertThat(ScoreBoard.french(new BigDecimal("3.667"))).isEqualTo("3,67");
        assertThat(ScoreBoard.french(new BigDecimal("2.500"))).isEqualTo("2,5");
        assertThat(ScoreBoard.french(new BigDecimal("3.000"))).isEqualTo("3");
        assertThat(ScoreBoard.french(new BigDecimal("10"))).isEqualTo("10");
        assertThat(ScoreBoard.french(null)).isNull();
    }
}
