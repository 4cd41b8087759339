package org.ptce.workflow.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every path of the candidacy process and every rule of the eligibility decision, on the real engine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CandidacyProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DecisionService decisions;
    @Autowired
    WorkflowEngine engine;

    @BeforeEach
    void useEngine() {
        init(processEngine);
    }

    @Test
    void anEligibleCandidacyWaitsForTheCoordinatorsCheckThenEnds() {
        ProcessInstance candidacy = start(eligibleFacts());

        assertThat(candidacy).hasPassed(CandidacyProcess.Activities.APPLY_ELIGIBILITY_RULES)
                .isWaitingAt(CandidacyProcess.Activities.CHECK_ADMISSIBILITY);
        assertThat(task(candidacy)).hasCandidateGroup("coordinators");
        @SuppressWarnings("unchecked")
        var eligibility = (Map<String, Object>) runtime.getVariable(candidacy.getId(),
                CandidacyProcess.Variables.ELIGIBILITY);
        assertThat(eligibility).containsEntry("eligible", true);

        complete(task(candidacy));

        assertThat(candidacy).hasPassed(CandidacyProcess.Activities.ADMISSIBILITY_CHECKED).isEnded();
    }

    @Test
    void anIneligibleCandidacyGoesToTheCoordinatorWithItsReason() {
        var facts = eligibleFacts();
        facts.put(CandidacyProcess.Variables.MEMBER_COUNT, 2);
        ProcessInstance candidacy = start(facts);

        assertThat(candidacy).isWaitingAt(CandidacyProcess.Activities.CHECK_ADMISSIBILITY);
        @SuppressWarnings("unchecked")
        var eligibility = (Map<String, Object>) runtime.getVariable(candidacy.getId(),
                CandidacyProcess.Variables.ELIGIBILITY);
        assertThat(eligibility).containsEntry("eligible", false);
        assertThat((String) eligibility.get("reason")).contains("moins de trois");
    }

    @Test
    void aWithdrawalEndsTheProcessWhereverItWaits() {
        ProcessInstance candidacy = start(eligibleFacts());

        engine.correlate(CandidacyProcess.Messages.CANDIDACY_WITHDRAWN, candidacy.getBusinessKey());

        assertThat(candidacy).hasPassed(CandidacyProcess.Activities.WITHDRAWN)
                .hasNotPassed(CandidacyProcess.Activities.ADMISSIBILITY_CHECKED).isEnded();
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
        engine.startByMessage(CandidacyProcess.Messages.CANDIDACY_SUBMITTED, candidacyId, facts);
        return runtime.createProcessInstanceQuery().processDefinitionKey(CandidacyProcess.KEY)
                .processInstanceBusinessKey(candidacyId).singleResult();
    }

    private static Map<String, Object> eligibleFacts() {
        var facts = new HashMap<String, Object>();
        facts.put(CandidacyProcess.Variables.PRIVATE_LAW_ENTITY, true);
        facts.put(CandidacyProcess.Variables.MEMBER_COUNT, 4);
        facts.put(CandidacyProcess.Variables.ESS_ENTERPRISES, 1);
        facts.put(CandidacyProcess.Variables.ENTERPRISES_OUTSIDE_ESS, 1);
        facts.put(CandidacyProcess.Variables.OTHER_ARTICLE_9_ACTORS, 1);
        facts.put(CandidacyProcess.Variables.TERRITORY_DEFINED, true);
        facts.put(CandidacyProcess.Variables.PROJECT_DESCRIBED, true);
        facts.put(CandidacyProcess.Variables.DECLARES_NO_PRIOR_STATE_SUPPORT, true);
        return facts;
    }
}
