package org.ptce.launcher;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holders submitting dossiers to one call at a fixed rate through the HTTP API, and a coordinator declaring every
 * fourth submitted dossier admissible, while the platform is being hurt. Each answer is kept: what got a 2xx is a
 * promise the platform must keep, whatever it answered for the rest.
 */
final class SubmissionBurst {

    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final int SUBMIT_ATTEMPTS = 5;
    private static final int DECIDE_EVERY = 4;

    /** A holder of the seeds and the content of its dossier. */
    record Holder(String username, String password, JsonNode content) {
    }

    private final PlatformApi api;
    private final int decideEvery;
    private final String callId;
    private final List<Holder> holders;
    private final Holder coordinator;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Set<String> submitted = ConcurrentHashMap.newKeySet();
    private final Set<String> decided = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> toDecide = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final ConcurrentLinkedQueue<Duration> submissionTimes = new ConcurrentLinkedQueue<>();

    /** The holders of the seeds, each with the content of its first dossier there. */
    static List<Holder> seededHolders(Path seeds) throws IOException {
        var holders = new LinkedHashSet<String>();
        var contents = new HashMap<String, JsonNode>();
        for (JsonNode seed : new ObjectMapper().readTree(seeds.resolve("candidacies.json").toFile())) {
            holders.add(seed.get("holder").asText());
            contents.putIfAbsent(seed.get("holder").asText(), seed.get("content"));
        }
        return holders.stream().map(holder -> new Holder(holder, "demo-porteur", contents.get(holder))).toList();
    }

    SubmissionBurst(PlatformApi api, String callId, List<Holder> holders, Holder coordinator) {
        this(api, callId, holders, coordinator, DECIDE_EVERY);
    }

    /** A burst whose coordinator declares every {@code decideEvery}-th submitted dossier admissible (0: none). */
    SubmissionBurst(PlatformApi api, String callId, List<Holder> holders, Holder coordinator, int decideEvery) {
        this.decideEvery = decideEvery;
        this.api = api;
        this.callId = callId;
        this.holders = holders;
        this.coordinator = coordinator;
    }

    /** What the platform acknowledged, and what it refused, by reason. */
    record Answers(int dossiers, long requests, Set<String> created, Set<String> submitted, Set<String> decided,
            int undecided, Map<String, Integer> refusals) {
    }

    /**
     * Submits {@code dossiers} dossiers at {@code perSecond} across {@code clients} holders working at once, while
     * the coordinator decides; returns once every dossier was tried and every decision acknowledged or given up at
     * {@code decisionsDeadline} after the last dossier.
     */
    Answers run(int dossiers, double perSecond, int clients, Duration decisionsDeadline) throws InterruptedException {
        long start = System.nanoTime();
        var next = new AtomicInteger();
        var workers = new ArrayList<Thread>();
        for (int client = 0; client < clients; client++) {
            Holder holder = holders.get(client % holders.size());
            var worker = new Thread(() -> {
                int dossier;
                while ((dossier = next.getAndIncrement()) < dossiers) {
                    pace(start, dossier, perSecond);
                    submitOne(holder);
                }
            }, "holder-" + client);
            worker.start();
            workers.add(worker);
        }
        var submitting = new AtomicInteger(workers.size());
        var decider = new Thread(() -> decide(submitting, decisionsDeadline), "coordinator");
        decider.start();
        for (Thread worker : workers) {
            worker.join();
            submitting.decrementAndGet();
        }
        decider.join();
        return new Answers(sent.get(), requests.get(), Set.copyOf(created), Set.copyOf(submitted),
                Set.copyOf(decided), toDecide.size(), Map.copyOf(new TreeMap<>(counts())));
    }

    /** How many dossiers have been tried so far. */
    int sentSoFar() {
        return sent.get();
    }

    /** Waits until the {@code n}th item of a run begun at {@code start} is due, at {@code perSecond}. */
    static void pace(long start, int n, double perSecond) {
        long due = start + (long) (n * 1_000_000_000L / perSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How long each submitted dossier took its holder, from the draft's request to the submission's answer. */
    List<Duration> submissionTimes() {
        return List.copyOf(submissionTimes);
    }

    private void submitOne(Holder holder) {
        sent.incrementAndGet();
        long started = System.nanoTime();
        var draft = call(holder, "create", token -> api.post(PlatformService.APPLICATIONS,
                "/api/calls/" + callId + "/candidacies", holder.content(), token));
        if (draft == null || draft.status() != 201) {
            return;
        }
        String candidacyId = draft.body().get("id").asText();
        created.add(candidacyId);
        // A holder whose click got no answer clicks again: submitting twice must not submit twice.
        for (int attempt = 1; attempt <= SUBMIT_ATTEMPTS; attempt++) {
            var submit = call(holder, "submit", token -> api.post(PlatformService.APPLICATIONS,
                    "/api/candidacies/" + candidacyId + "/submit", null, token));
            if (submit != null && submit.status() == 200) {
                submitted.add(candidacyId);
                submissionTimes.add(Duration.ofNanos(System.nanoTime() - started));
                if (decideEvery > 0 && acknowledged.incrementAndGet() % decideEvery == 0) {
                    toDecide.add(candidacyId);
                }
                return;
            }
            if (submit != null && submit.status() < 500 && submit.status() != 401) {
                return;
            }
            sleep(RETRY_PAUSE);
        }
    }

    /**
     * Tries each waiting decision in turn until the coordinator's answer is 204; a check not waiting yet (its
     * submission still on its way) is tried again on the next round.
     */
    private void decide(AtomicInteger submitting, Duration deadlineAfterSubmissions) {
        long deadline = Long.MAX_VALUE;
        while (true) {
            if (submitting.get() == 0 && deadline == Long.MAX_VALUE) {
                deadline = System.nanoTime() + deadlineAfterSubmissions.toNanos();
            }
            int waiting = toDecide.size();
            if (waiting == 0 && submitting.get() == 0 || System.nanoTime() > deadline) {
                return;
            }
            for (int i = 0; i < waiting; i++) {
                String candidacyId = toDecide.poll();
                var answer = call(coordinator, "decide", token -> api.post(PlatformService.WORKFLOW,
                        "/api/admissibility/checks/" + candidacyId, Map.of("outcome", "ADMISSIBLE"), token));
                if (answer != null && answer.status() == 204) {
                    decided.add(candidacyId);
                } else {
                    toDecide.add(candidacyId);
                }
            }
            sleep(RETRY_PAUSE);
        }
    }

    private interface Request {
        PlatformApi.Response send(String token) throws Exception;
    }

    /**
     * One request as the person signed in; signs in again when the token is refused (the provider restarted with
     * another key, the token expired). Returns null when no answer came, counting the refusal by its reason.
     */
    private PlatformApi.Response call(Holder person, String what, Request request) {
        try {
            String token = token(person, false);
            requests.incrementAndGet();
            var response = request.send(token);
            if (response.status() == 401) {
                token = token(person, true);
                requests.incrementAndGet();
                response = request.send(token);
            }
            if (response.status() / 100 != 2) {
                refused(what + ": " + response.status());
            }
            return response;
        } catch (HttpTimeoutException e) {
            refused(what + ": no answer in time");
        } catch (IOException e) {
            refused(what + ": connection failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            refused(what + ": " + e.getClass().getSimpleName());
        }
        return null;
    }

    private String token(Holder person, boolean renew) throws Exception {
        if (renew) {
            tokens.remove(person.username());
        }
        String token = tokens.get(person.username());
        if (token == null) {
            token = api.signIn(person.username(), person.password());
            tokens.put(person.username(), token);
        }
        return token;
    }

    private void refused(String reason) {
        refusals.computeIfAbsent(reason, key -> new AtomicInteger()).incrementAndGet();
    }

    private Map<String, Integer> counts() {
        var counts = new TreeMap<String, Integer>();
        refusals.forEach((reason, count) -> counts.put(reason, count.get()));
        return counts;
    }

    private static void sleep(Duration pause) {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
