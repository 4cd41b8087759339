package org.ptce.workflow.candidacy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.ptce.applications.api.CandidacyDossier;

/**
 * The raw engine on the candidacy's first path, for the benchmark's baseline ({@code deploy/bench.sh}): the same
 * models, history level, id generator and JSON serialization as the service's engine, on its own database, without HTTP, Kafka, inbox
 * or outbox. It starts N candidacy processes by their submission message from T threads, each with the variables the
 * service gives one, which run the eligibility rules and stop at the coordinator's admissibility check, then prints
 * one line: {@code baseline <processes> <seconds>}.
 * <p>
 * The one class outside {@code engine} that calls Camunda itself: it measures the engine, not the service around it.
 * Run as {@code java -cp workflow.jar -Dloader.main=org.ptce.workflow.candidacy.EngineBaseline
 * org.springframework.boot.loader.launch.PropertiesLauncher <jdbc-url> <user> <password> <processes> <threads>}.
 */
public final class EngineBaseline {

    private EngineBaseline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("Usage: EngineBaseline <jdbc-url> <user> <password> <processes> <threads>");
            System.exit(2);
        }
        int processes = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(args[0]).setJdbcUsername(args[1]).setJdbcPassword(args[2])
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(threads + 1)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        // As the service: an object variable is stored as JSON.
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("baseline")
                    .addClasspathResource("bpmn/candidacy.bpmn").addClasspathResource("bpmn/eligibility.dmn")
                    .deploy();
            Map<String, Object> variables = variables();
            // The first starts compile the engine's code paths, as the service's first messages do.
            int warmUp = Math.min(processes, 100);
            start(engine, warmUp, threads, variables);
            long began = System.nanoTime();
            start(engine, processes, threads, variables);
            double seconds = (System.nanoTime() - began) / 1e9;
            long waiting = engine.getTaskService().createTaskQuery()
                    .taskDefinitionKey(CandidacyProcess.Activities.CHECK_ADMISSIBILITY).count();
            if (waiting < warmUp + processes) {
                throw new IllegalStateException("Only " + waiting + " admissibility checks wait");
            }
            System.out.printf(Locale.ROOT, "baseline %d %.3f%n", processes, seconds);
        } finally {
            engine.close();
        }
    }

    private static void start(ProcessEngine engine, int processes, int threads, Map<String, Object> variables)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var next = new AtomicInteger();
            var workers = new ArrayList<Future<?>>();
            for (int thread = 0; thread < threads; thread++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < processes) {
                        var own = new HashMap<>(variables);
                        String candidacyId = UUID.randomUUID().toString();
                        own.put(CandidacyProcess.Variables.CANDIDACY_ID, candidacyId);
                        engine.getRuntimeService()
                                .createMessageCorrelation(CandidacyProcess.Messages.CANDIDACY_SUBMITTED)
                                .processInstanceBusinessKey(candidacyId).setVariables(own)
                                .correlateStartMessage();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** What the service gives a candidacy of a call: its eligibility facts, its ids, its call's limits. */
    private static Map<String, Object> variables() {
        var dossier = new CandidacyDossier("PTCE Sud Aquitaine", "SCIC", true, false,
                List.of(new CandidacyDossier.Member("Coopérative Txirrina", "ESS_ENTERPRISE", "73282932000074"),
                        new CandidacyDossier.Member("Menuiserie Etxeberria", "ENTERPRISE", "44306184100047"),
                        new CandidacyDossier.Member("Communauté d'agglomération", "LOCAL_AUTHORITY", null)),
                List.of("64102", "64024"), "246400337", "64", "75", List.of("économie circulaire"),
                new BigDecimal("450000.00"), true);
        var variables = EligibilityFacts.of(dossier);
        variables.put(CandidacyProcess.Variables.CALL_ID, UUID.randomUUID().toString());
        variables.put(CandidacyProcess.Variables.HOLDER_ID, UUID.randomUUID().toString());
        variables.put(CandidacyProcess.Variables.COMPLETION_TIME_LIMIT, "P10D");
        variables.put(CandidacyProcess.Variables.REVIEW_DEADLINE, Date.from(Instant.now().plus(Duration.ofDays(60))));
        variables.put(CandidacyProcess.Variables.EVALUATION_REMINDER_AFTER, "P14D");
        return variables;
    }
}
