package org.ptce.web.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class CallFormTests {

    @Test
    void aCriterionsCodeIsMadeOfItsLabelWithoutAccentsAndUnlikeTheOthers() {
        Set<String> taken = new HashSet<>(Set.of("ANCRAGE_TERRITORIAL"));

        assertThat(CallForm.newCode("Ancrage territorial", taken)).isEqualTo("ANCRAGE_TERRITORIAL_2");
        assertThat(CallForm.newCode("Coopération & économie", taken)).isEqualTo("COOPERATION_ECONOMIE");
        assertThat(CallForm.newCode("3 membres au moins", taken)).isEqualTo("C_3_MEMBRES_AU_MOINS");
        assertThat(CallForm.newCode("« ? »", taken)).isEqualTo("CRITERE");
        assertThat(CallForm.newCode("Une stratégie de coopération innovante sur un territoire défini", taken))
                .hasSizeLessThanOrEqualTo(40).matches("[A-Z][A-Z0-9_]{0,39}").doesNotEndWith("_");
    }

    @Test
    void datesAndTimesAreReadAsAFrenchPersonTypesThemInParisTime() {
        var form = complete();
        form.setSubmissionDate("1.7.2027");
        form.setSubmissionTime("9 h 30");
        form.setReviewDate("2027-12-01");
        form.setReviewTime("14h");
        var result = new BeanPropertyBindingResult(form, "form");

        var definition = form.definition(result);

        assertThat(result.hasErrors()).isFalse();
        assertThat(definition.submissionDeadline()).isEqualTo("2027-07-01T07:30:00Z");
        assertThat(definition.reviewDeadline()).isEqualTo("2027-12-01T13:00:00Z");
    }

    @Test
    void aDayWithoutItsTimeIsAskedForTheTimeAndAnImpossibleDayIsRefused() {
        var form = complete();
        form.setSubmissionTime("");
        form.setReviewDate("31/02/2027");
        var result = new BeanPropertyBindingResult(form, "form");

        assertThat(form.definition(result)).isNull();
        assertThat(result.getFieldError("submissionTime").getDefaultMessage()).contains("Indiquez l'heure");
        assertThat(result.getFieldError("reviewDate").getDefaultMessage()).contains("15/03/2027");
    }

    @Test
    void aBlankDateIsLeftToTheServiceWhichSaysItIsNeeded() {
        var form = complete();
        form.setSubmissionDate(" ");
        var result = new BeanPropertyBindingResult(form, "form");

        assertThat(form.definition(result).submissionDeadline()).isNull();
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void theFieldsTheServiceNamesAreTheFormsFieldsWithBlankRowsLeftOut() {
        var form = complete();
        form.setCriteria(List.of(row("Ancrage", "3", "2"), row("", "", ""), row("Coopération", "2", "2,5")));
        form.setRequiredDocuments(List.of(new CallForm.DocumentRow(""), new CallForm.DocumentRow("Statuts")));
        form.definition(new BeanPropertyBindingResult(form, "form"));

        assertThat(form.formField("evaluationGrid.criteria[1].weight")).isEqualTo("criteria[2].weight");
        assertThat(form.formField("evaluationGrid.criteria[1].code")).isEqualTo("criteria[2].label");
        assertThat(form.formField("evaluationGrid.criteria[0]")).isEqualTo("criteria[0].label");
        assertThat(form.formField("evaluationGrid.criteria[7].label")).isEqualTo("criteria");
        assertThat(form.formField("evaluationGrid.criteria")).isEqualTo("criteria");
        assertThat(form.formField("evaluationGrid.totalThreshold")).isEqualTo("totalThreshold");
        assertThat(form.formField("requiredDocuments[0]")).isEqualTo("requiredDocuments[1].name");
        assertThat(form.formField("participatingNetworks[]")).isEqualTo("participatingNetworks");
        assertThat(form.formField("submissionDeadline")).isEqualTo("submissionDate");
        assertThat(form.formField("reviewDeadline")).isEqualTo("reviewDate");
        assertThat(form.formField("completionTimeLimit")).isEqualTo("completionDays");
        assertThat(form.formField("budget")).isNull();
    }

    @Test
    void theCompletionTimeIsSentAsADurationOfDaysAndADemonstrationsShorterOneIsKept() {
        var form = complete();
        form.setCompletionDays("15");
        assertThat(form.definition(new BeanPropertyBindingResult(form, "form")).completionTimeLimit())
                .isEqualTo("P15D");

        form.setCompletionDays("PT10S");
        assertThat(form.definition(new BeanPropertyBindingResult(form, "form")).completionTimeLimit())
                .isEqualTo("PT10S");
        assertThat(CallForm.of(CallsFixtures.draft()).getCompletionDays()).isEqualTo("15");
    }

    @Test
    void thresholdsAreWrittenTheFrenchWay() {
        assertThat(CallForm.decimal(new BigDecimal("2.50"))).isEqualTo("2,5");
        assertThat(CallForm.decimal(new BigDecimal("3.00"))).isEqualTo("3");
        assertThat(CallForm.decimal(new BigDecimal("10"))).isEqualTo("10");
    }

    @Test
    void whatIsSentReadsAsTheServiceExpectsIt() throws Exception {
        var form = complete();
        var json = JsonMapper.builder().findAndAddModules().build()
                .readTree(JsonMapper.builder().findAndAddModules().build()
                        .writeValueAsString(form.definition(new BeanPropertyBindingResult(form, "form"))));

        assertThat(json.get("submissionDeadline").asText()).isEqualTo("2027-03-15T11:00:00Z");
        assertThat(json.get("completionTimeLimit").asText()).isEqualTo("P15D");
        assertThat(json.at("/evaluationGrid/criteria/0/code").asText()).isEqualTo("ANCRAGE");
        assertThat(json.at("/evaluationGrid/criteria/0/weight").asInt()).isEqualTo(3);
        assertThat(json.at("/evaluationGrid/criteria/0/threshold").decimalValue()).isEqualByComparingTo("2");
        assertThat(json.at("/evaluationGrid/totalThreshold").decimalValue()).isEqualByComparingTo("3");
        assertThat(json.get("participatingNetworks")).extracting(node -> node.asText())
                .containsExactly("RTES", "MES");
    }

    private static CallForm complete() {
        var form = CallForm.blank();
        form.setTitle("AMI PTCE 2027");
        form.setDescription("Un appel.");
        form.setSubmissionDate("15/03/2027");
        form.setReviewDate("15/04/2027");
        form.setCompletionDays("15");
        form.setParticipatingNetworks(List.of("MES", "RTES", "CGT"));
        form.setCriteria(List.of(row("Ancrage", "3", "2")));
        form.setTotalThreshold("3");
        return form;
    }

    private static CallForm.CriterionRow row(String label, String weight, String threshold) {
        var row = new CallForm.CriterionRow();
        row.setLabel(label);
        row.setWeight(weight);
        row.setThreshold(threshold);
        return row;
    }
}
