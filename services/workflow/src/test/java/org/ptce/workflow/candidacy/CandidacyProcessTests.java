package org.ptce.workflow.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.testing.KafkaTestClient;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.api.WorkflowTopics;
import org.ptce.workflow.candidacy.CandidacyProcess.Activities;
import org.ptce.workflow.candidacy.CandidacyProcess.Variables;
import org.ptce.workflow.engine.CandidateGroups;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the candidacy process and every rule of the eligibility decision, on the real engine with the real
 * delegates: what they tell the other services is read back from Kafka.
 */
@WorkflowServiceTest
class CandidacyProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DecisionService decisions;
    @Autowired
    WorkflowEngine engine;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;
    static final Instant REVIEW_DEADLINE = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void useEngine() {
        init(processEngine);
        kafka = KafkaTestClient.reading(WorkflowTopics.CANDIDACIES);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        kafka.close();
    }

    @Test
    void anEligibleCandidacyWaitsForTheCoordinatorsCheck() {
        ProcessInstance candidacy = start(eligibleFacts());

        assertThat(candidacy).hasPassed(Activities.APPLY_ELIGIBILITY_RULES)
                .isWaitingAt(Activities.CHECK_ADMISSIBILITY);
        assertThat(task(candidacy)).hasCandidateGroup(CandidateGroups.COORDINATORS);
        assertThat(eligibility(candidacy)).containsEntry("eligible", true);
    }

    @Test
    void theEligibilityResultIsStoredAsJsonNotAsASerializedJavaObject() {
        ProcessInstance candidacy = start(eligibleFacts());

        ObjectValue stored = runtime.getVariableTyped(candidacy.getId(), Variables.ELIGIBILITY, false);

        assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(stored.getValueSerialized()).contains("\"eligible\":true");
    }

    @Test
    void anAdmissibleCandidacyIsDeclaredSoAndAsksForItsReviewers() throws Exception {
        ProcessInstance candidacy = start(eligibleFacts());

        decide(candidacy, "ADMISSIBLE", null, null);

        assertThat(candidacy).hasPassed(Activities.DECLARE_ADMISSIBLE, Activities.REQUEST_REVIEWERS)
                .isWaitingAt(Activities.AWAIT_REVIEWERS);
        JsonNode decided = awaitMessage(candidacy, "org.ptce.workflow.AdmissibilityDecided.v1");
        assertThat(decided.get("admissible").asBoolean()).isTrue();
        assertThat(decided.get("motivation").asText()).isEqualTo(DeclareAdmissibleDelegate.DEFAULT_MOTIVATION);
        JsonNode request = awaitMessage(candidacy, "org.ptce.workflow.AssignReviewers.v1");
        assertThat(request.get("callId").asText())
                .isEqualTo(runtime.getVariable(candidacy.getId(), Variables.CALL_ID));
    }

    @Test
    void assignedReviewersSendTheCandidacyToReviewThenToTheDecision() {
        ProcessInstance candidacy = start(eligibleFacts());
        decide(candidacy, "ADMISSIBLE", null, null);

        engine.correlate(CandidacyProcess.Messages.REVIEWERS_ASSIGNED, candidacy.getBusinessKey(), Map.of(
                Variables.REVIEWER_IDS, "reviewer-rtes,reviewer-mes", Variables.UNCOVERED_NETWORKS, ""));

        assertThat(candidacy).isWaitingAt(Activities.AWAIT_REVIEW)
                .variables().containsEntry(Variables.REVIEWER_IDS, "reviewer-rtes,reviewer-mes");

        engine.correlate(CandidacyProcess.Messages.REVIEW_COMPLETED, candidacy.getBusinessKey());

        assertThat(candidacy).hasPassed(Activities.AWAIT_REVIEW).isWaitingAt(Activities.AWAIT_DECISION);

        engine.correlate(CandidacyProcess.Messages.CANDIDACY_DECIDED, candidacy.getBusinessKey(),
                Map.of(Variables.OUTCOME, "LAUREATE"));

        assertThat(candidacy).hasPassed(Activities.DECIDED).isEnded();
    }

    @Test
    void anInadmissibleCandidacyIsDeclaredSoWithTheCoordinatorsMotivation() throws Exception {
        var facts = eligibleFacts();
        facts.put(Variables.MEMBER_COUNT, 2);
        ProcessInstance candidacy = start(facts);
        assertThat(eligibility(candidacy)).containsEntry("eligible", false);

        decide(candidacy, "INADMISSIBLE", "Le pôle ne réunit que deux membres.", null);

        assertThat(candidacy).hasPassed(Activities.DECLARE_INADMISSIBLE, Activities.INADMISSIBLE)
                .hasNotPassed(Activities.DECLARE_ADMISSIBLE).isEnded();
        JsonNode decided = awaitMessage(candidacy, "org.ptce.workflow.AdmissibilityDecided.v1");
        assertThat(decided.get("admissible").asBoolean()).isFalse();
        assertThat(decided.get("motivation").asText()).isEqualTo("Le pôle ne réunit que deux membres.");
    }

    @Test
    void anIncompleteCandidacyIsAskedForCompletionsWithinTheCallsTimeLimit() throws Exception {
        ProcessInstance candidacy = start(eligibleFacts());
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        decide(candidacy, "INCOMPLETE", null, "Les statuts signés");

        assertThat(candidacy).hasPassed(Activities.REQUEST_COMPLETION).isWaitingAt(Activities.AWAIT_COMPLETION);
        Instant dueAt = ((Date) runtime.getVariable(candidacy.getId(), Variables.COMPLETION_DUE_AT)).toInstant();
        assertThat(dueAt).isBetween(before.plus(Duration.ofDays(15)), Instant.now().plus(Duration.ofDays(15)));
        assertThat(job(candidacy).getDuedate().toInstant()).as("a grace period after the due date")
                .isEqualTo(dueAt.plus(Duration.ofMinutes(10)));
        JsonNode requested = awaitMessage(candidacy, "org.ptce.workflow.CompletionRequested.v1");
        assertThat(requested.get("missingItems").asText()).isEqualTo("Les statuts signés");
        assertThat(Instant.parse(requested.get("dueAt").asText())).isEqualTo(dueAt);
    }

    @Test
    void aCompletedCandidacyIsCheckedAgainOnItsCompletedFacts() {
        var facts = eligibleFacts();
        facts.put(Variables.OTHER_ARTICLE_9_ACTORS, 0);
        ProcessInstance candidacy = start(facts);
        assertThat(eligibility(candidacy)).containsEntry("eligible", false);
        decide(candidacy, "INCOMPLETE", null, "Un membre collectivité ou recherche");

        engine.correlate(CandidacyProcess.Messages.CANDIDACY_COMPLETED, candidacy.getBusinessKey(), eligibleFacts());

        assertThat(candidacy).isWaitingAt(Activities.CHECK_ADMISSIBILITY);
        assertThat(eligibility(candidacy)).containsEntry("eligible", true);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(candidacy.getId()).activityId(Activities.APPLY_ELIGIBILITY_RULES).count())
                .isEqualTo(2);
    }

    @Test
    void aCandidacyNotCompletedInTimeIsInadmissible() throws Exception {
        ProcessInstance candidacy = start(eligibleFacts());
        decide(candidacy, "INCOMPLETE", null, "Le budget prévisionnel");
        Instant timerAt = ((Date) runtime.getVariable(candidacy.getId(), Variables.COMPLETION_TIMER_AT)).toInstant();

        ClockUtil.setCurrentTime(Date.from(timerAt.plusSeconds(1)));
        execute(job(candidacy));

        assertThat(candidacy).hasPassed(Activities.COMPLETION_TIME_RAN_OUT, Activities.DECLARE_INCOMPLETE,
                Activities.INCOMPLETE).isEnded();
        JsonNode decided = awaitMessage(candidacy, "org.ptce.workflow.AdmissibilityDecided.v1");
        assertThat(decided.get("admissible").asBoolean()).isFalse();
        assertThat(decided.get("motivation").asText()).contains("pas été reçus dans le délai")
                .contains("Le budget prévisionnel");
    }

    @Test
    void lateEvaluationsAreRemindedWhileTheReviewGoesOn() throws Exception {
        ProcessInstance candidacy = start(eligibleFacts());
        decide(candidacy, "ADMISSIBLE", null, null);
        engine.correlate(CandidacyProcess.Messages.REVIEWERS_ASSIGNED, candidacy.getBusinessKey(), Map.of(
                Variables.REVIEWER_IDS, "reviewer-rtes", Variables.UNCOVERED_NETWORKS, ""));
        Instant assignedAt = ClockUtil.getCurrentTime().toInstant();

        ClockUtil.setCurrentTime(Date.from(assignedAt.plus(Duration.ofDays(14)).plusSeconds(1)));
        execute(jobQuery().processInstanceId(candidacy.getId()).activityId(Activities.EVALUATIONS_OVERDUE)
                .singleResult());

        assertThat(candidacy).hasPassed(Activities.REMIND_REVIEWERS).isWaitingAt(Activities.AWAIT_REVIEW);
        JsonNode overdue = awaitMessage(candidacy, "org.ptce.workflow.EvaluationsOverdue.v1");
        assertThat(overdue.get("callId").asText()).isEqualTo(runtime.getVariable(candidacy.getId(),
                Variables.CALL_ID));
    }

    @Test
    void atTheReviewDeadlineACandidacyWhoseEvaluationsAreNotAllInGoesToTheDecision() {
        ProcessInstance candidacy = start(eligibleFacts());
        decide(candidacy, "ADMISSIBLE", null, null);
        engine.correlate(CandidacyProcess.Messages.REVIEWERS_ASSIGNED, candidacy.getBusinessKey(), Map.of(
                Variables.REVIEWER_IDS, "", Variables.UNCOVERED_NETWORKS, "RTES,MES"));
        var deadline = jobQuery().processInstanceId(candidacy.getId())
                .activityId(Activities.REVIEW_DEADLINE_PASSED).singleResult();
        assertThat(deadline.getDuedate().toInstant()).isEqualTo(REVIEW_DEADLINE);

        ClockUtil.setCurrentTime(Date.from(REVIEW_DEADLINE.plusSeconds(1)));
        execute(deadline);

        assertThat(candidacy).hasPassed(Activities.REVIEW_DEADLINE_PASSED).isWaitingAt(Activities.AWAIT_DECISION)
                .variables().doesNotContainKey(Variables.WEIGHTED_TOTAL);
    }

    @Test
    void aWithdrawalEndsTheProcessWhereverItWaits() {
        ProcessInstance checking = start(eligibleFacts());
        ProcessInstance awaitingCompletion = start(eligibleFacts());
        decide(awaitingCompletion, "INCOMPLETE", null, "Les statuts");
        ProcessInstance awaitingReviewers = start(eligibleFacts());
        decide(awaitingReviewers, "ADMISSIBLE", null, null);
        ProcessInstance underReview = start(eligibleFacts());
        decide(underReview, "ADMISSIBLE", null, null);
        engine.correlate(CandidacyProcess.Messages.REVIEWERS_ASSIGNED, underReview.getBusinessKey());

        for (ProcessInstance candidacy : List.of(checking, awaitingCompletion, awaitingReviewers, underReview)) {
            engine.correlate(CandidacyProcess.Messages.CANDIDACY_WITHDRAWN, candidacy.getBusinessKey());

            assertThat(candidacy).hasPassed(Activities.WITHDRAWN).hasNotPassed(Activities.DECIDED).isEnded();
        }
    }

    @ParameterizedTest(name = "{0} = {1} makes a candidacy ineligible")
    @CsvSource({
            "privateLawEntity, false, droit privé",
            "memberCount, 2, moins de trois",
            "essEnterprises, 0, économie sociale et solidaire",
            "enterprisesOutsideEss, 0, hors économie sociale",
            "otherArticle9Actors, 0, collectivité",
            "territoryDefined, false, territoire",
            "projectDescribed, false, objectifs",
            "declaresNoPriorStateSupport, false, soutien de l'État"})
    void eachEligibilityFactIsARule(String fact, String value, String reason) {
        var facts = eligibleFacts();
        facts.put(fact, value.equals("false") ? (Object) Boolean.FALSE : (Object) Integer.valueOf(value));

        var result = decisions.evaluateDecisionTableByKey(CandidacyProcess.ELIGIBILITY_DECISION, facts)
                .getSingleResult();

        assertThat(result.getEntryMap()).containsEntry("eligible", false);
        assertThat((String) result.getEntry("reason")).contains(reason);
    }

    @Test
    void aCandidacyThatMeetsEveryFactIsEligible() {
        var result = decisions.evaluateDecisionTableByKey(CandidacyProcess.ELIGIBILITY_DECISION, eligibleFacts())
                .getSingleResult();

        assertThat(result.getEntryMap()).containsEntry("eligible", true);
    }

    private ProcessInstance start(Map<String, Object> facts) {
        String candidacyId = UUID.randomUUID().toString();
        var variables = new HashMap<>(facts);
        variables.put(Variables.CANDIDACY_ID, candidacyId);
        variables.put(Variables.CALL_ID, UUID.randomUUID().toString());
        variables.put(Variables.COMPLETION_TIME_LIMIT, "P15D");
        variables.put(Variables.REVIEW_DEADLINE, Date.from(REVIEW_DEADLINE));
        variables.put(Variables.EVALUATION_REMINDER_AFTER, "P14D");
        engine.startByMessage(CandidacyProcess.Messages.CANDIDACY_SUBMITTED, candidacyId, variables);
        return runtime.createProcessInstanceQuery().processDefinitionKey(CandidacyProcess.KEY)
                .processInstanceBusinessKey(candidacyId).singleResult();
    }

    private void decide(ProcessInstance candidacy, String outcome, String motivation, String missingItems) {
        var decision = new HashMap<String, Object>();
        decision.put(Variables.ADMISSIBILITY_OUTCOME, outcome);
        decision.put(Variables.MOTIVATION, motivation);
        decision.put(Variables.MISSING_ITEMS, missingItems);
        assertThat(engine.completeTask(CandidacyProcess.KEY, candidacy.getBusinessKey(),
                Activities.CHECK_ADMISSIBILITY, "coordinator-1", decision)).isTrue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> eligibility(ProcessInstance candidacy) {
        return (Map<String, Object>) runtime.getVariable(candidacy.getId(), Variables.ELIGIBILITY);
    }

    private JsonNode awaitMessage(ProcessInstance candidacy, String type) throws Exception {
        var record = kafka.awaitRecord(r -> candidacy.getBusinessKey().equals(r.key())
                && type.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(30));
        return objectMapper.readTree(record.value());
    }

    static Map<String, Object> eligibleFacts() {
        var facts = new HashMap<String, Object>();
        facts.put(Variables.PRIVATE_LAW_ENTITY, true);
        facts.put(Variables.MEMBER_COUNT, 4);
        facts.put(Variables.ESS_ENTERPRISES, 1);
        facts.put(Variables.ENTERPRISES_OUTSIDE_ESS, 1);
        facts.put(Variables.OTHER_ARTICLE_9_ACTORS, 1);
        facts.put(Variables.TERRITORY_DEFINED, true);
        facts.put(Variables.PROJECT_DESCRIBED, true);
        facts.put(Variables.DECLARES_NO_PRIOR_STATE_SUPPORT, true);
        return facts;
    }
}
