package org.ptce.web.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The workflow service's API, as the coordinator's desk reads it: the admissibility checks, the deliberation of a
 * call and its board.
 */
public class WorkflowApi {

    private final RestClient http;

    WorkflowApi(RestClient http) {
        this.http = http;
    }

    /** The call's candidacies waiting for their admissibility check, oldest first. */
    public List<PendingCheck> admissibilityChecks(UUID callId) {
        return http.get().uri("/api/admissibility/checks?callId={callId}", callId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    public void decideAdmissibility(UUID candidacyId, AdmissibilityDecision decision) {
        http.post().uri("/api/admissibility/checks/{id}", candidacyId).contentType(MediaType.APPLICATION_JSON)
                .body(decision).retrieve().toBodilessEntity();
    }

    public Deliberation deliberation(UUID callId) {
        return http.get().uri("/api/deliberation/calls/{id}", callId).retrieve().body(Deliberation.class);
    }

    /** Refuses the list as proposing it would, and changes nothing. */
    public void checkRankedList(UUID callId, RankedListDraft list) {
        http.post().uri("/api/deliberation/calls/{id}/check", callId).contentType(MediaType.APPLICATION_JSON)
                .body(list).retrieve().toBodilessEntity();
    }

    /** Decides the list and sends it to every participating network. */
    public void proposeRankedList(UUID callId, RankedListDraft list) {
        http.post().uri("/api/deliberation/calls/{id}", callId).contentType(MediaType.APPLICATION_JSON)
                .body(list).retrieve().toBodilessEntity();
    }

    public Board board(UUID callId, BoardQuery query) {
        return http.get().uri(uri -> {
            var values = new LinkedHashMap<String, Object>();
            values.put("callId", callId);
            UriBuilder board = uri.path("/api/tracking/calls/{callId}/board");
            optional(board, values, "page", query.page());
            optional(board, values, "size", query.size());
            optional(board, values, "stage", query.stage());
            optional(board, values, "network", query.network());
            optional(board, values, "overdue", query.overdue() ? Boolean.TRUE : null);
            optional(board, values, "outcome", query.outcome());
            optional(board, values, "sort", query.sort());
            return board.build(values);
        }).retrieve().body(Board.class);
    }

    private static void optional(UriBuilder uri, Map<String, Object> values, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }

    /** What waits on the coordinators, call by call: the admissibility checks, the deliberation, silent networks. */
    public List<AwaitingCall> awaitingCoordination() {
        return http.get().uri("/api/tracking/awaiting").retrieve().body(new ParameterizedTypeReference<>() { });
    }

    /**
     * A candidacy waiting for the admissibility check: the eligibility rules' verdict, the facts they judged, and
     * what the holder was asked to complete when the dossier comes back completed.
     */
    public record PendingCheck(UUID candidacyId, UUID callId, String ptceName, boolean eligible,
            String eligibilityReason, Instant since, Facts facts, String missingItemsAsked) {
    }

    /** The facts of décret 2015-431 the rules read; one the process does not have is {@code null}. */
    public record Facts(Boolean privateLawEntity, Integer memberCount, Integer essEnterprises,
            Integer enterprisesOutsideEss, Integer otherArticle9Actors, Boolean territoryDefined,
            Boolean projectDescribed, Boolean declaresNoPriorStateSupport) {
    }

    /** ADMISSIBLE, INCOMPLETE (with the missing items) or INADMISSIBLE (with the motivation). */
    public record AdmissibilityDecision(String outcome, String motivation, String missingItems) {
    }

    /**
     * A call's deliberation: open since when (or not open), how many candidacies are still under review, the
     * reviewed ones by weighted total, the round of the list last proposed and the networks' answers to it.
     */
    public record Deliberation(UUID callId, Instant openSince, int stillUnderReview,
            List<ReviewedCandidacy> reviewed, Integer round, List<NetworkAnswer> lastAnswers,
            RankedList lastProposed) {

        public List<ReviewedCandidacy> reviewed() {
            return reviewed == null ? List.of() : reviewed;
        }

        public List<NetworkAnswer> lastAnswers() {
            return lastAnswers == null ? List.of() : lastAnswers;
        }

        public boolean isOpen() {
            return openSince != null;
        }
    }

    /** A candidacy waiting for the call's decision; no tally when its review ended before every evaluation was in. */
    public record ReviewedCandidacy(UUID candidacyId, String ptceName, BigDecimal weightedTotal,
            boolean thresholdsMet, boolean reviewComplete) {
    }

    /** A network's answer to the current round: APPROVED, REJECTED (with its reason), or none yet. */
    public record NetworkAnswer(String network, String validation, String reason) {
    }

    /** The list as proposed: laureates and reserve in rank order, then those not selected, each with its motivation. */
    public record RankedList(List<Entry> laureates, List<Entry> reserve, List<Entry> notSelected) {

        public List<Entry> laureates() {
            return laureates == null ? List.of() : laureates;
        }

        public List<Entry> reserve() {
            return reserve == null ? List.of() : reserve;
        }

        public List<Entry> notSelected() {
            return notSelected == null ? List.of() : notSelected;
        }
    }

    public record Entry(UUID candidacyId, String motivation) {
    }

    /** The list the coordinator proposes, in the service's words. */
    public record RankedListDraft(List<Entry> laureates, List<Entry> reserve, List<Entry> notSelected) {
    }

    /** What the board shows: a page from 0, and the filters ({@code null} for all). */
    public record BoardQuery(int page, int size, String stage, String network, boolean overdue, String outcome,
            String sort) {
    }

    /**
     * A page of a call's board, and the whole call's counts by stage (activity ids of the candidacy process) and of
     * late candidacies.
     */
    public record Board(UUID callId, List<BoardRow> items, int page, int size, long totalItems, long allItems,
            Map<String, Long> stages, long overdue) {

        public List<BoardRow> items() {
            return items == null ? List.of() : items;
        }

        public Map<String, Long> stages() {
            return stages == null ? Map.of() : stages;
        }

        public int totalPages() {
            return size <= 0 || totalItems <= 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
        }
    }

    /**
     * A candidacy on the board: its stage, who must act (COORDINATORS, HOLDER, REVIEW_SERVICE, REVIEWERS,
     * DELIBERATION; none once ended) since when, when it is late, and its outcome once decided.
     */
    public record BoardRow(UUID candidacyId, String ptceName, String stage, String stageName, String waitingFor,
            String waitingOn, String holderId, List<String> reviewerIds, List<String> uncoveredNetworks,
            Instant submittedAt, Instant since, Instant dueAt, boolean overdue, Instant endedAt, String outcome) {

        public List<String> reviewerIds() {
            return reviewerIds == null ? List.of() : reviewerIds;
        }

        public List<String> uncoveredNetworks() {
            return uncoveredNetworks == null ? List.of() : uncoveredNetworks;
        }
    }

    /**
     * A running call where something waits on the coordinators: how many candidacies wait for their admissibility
     * check; since when its deliberation is open ({@code null} while it is not), the round of the list a network
     * rejected ({@code null} before the first) and how many candidacies are still before the end of their review;
     * the networks silent on the proposed list long enough to be followed up.
     */
    public record AwaitingCall(UUID callId, String title, long admissibilityChecks, Instant deliberationOpenSince,
            Integer round, long stillUnderReview, List<String> silentNetworks) {

        public List<String> silentNetworks() {
            return silentNetworks == null ? List.of() : silentNetworks;
        }
    }

    /**
     * The call's process in one picture: the candidacy process's diagram, and each of its steps with the call's
     * candidacies waiting in it now, those that ended there, and the lead time of its finished passages.
     */
    public CallProcess process(UUID callId) {
        return http.get().uri("/api/tracking/calls/{id}/process", callId).retrieve().body(CallProcess.class);
    }

    /** A call's candidacies (how many, how many still running), the process's diagram and its steps. */
    public record CallProcess(UUID callId, long candidacies, long running, ProcessDiagram diagram,
            List<ProcessStep> steps) {

        public List<ProcessStep> steps() {
            return steps == null ? List.of() : steps;
        }
    }

    /** A process model's diagram as its BPMN DI draws it: shapes in the model's order, flows, and their bounds. */
    public record ProcessDiagram(String processDefinitionId, String processKey, String name, DiagramBox bounds,
            List<DiagramShape> shapes, List<DiagramEdge> edges) {

        public List<DiagramShape> shapes() {
            return shapes == null ? List.of() : shapes;
        }

        public List<DiagramEdge> edges() {
            return edges == null ? List.of() : edges;
        }
    }

    /**
     * A flow node's shape: {@code kind} task, event, gateway, subprocess or other; {@code type} the BPMN element
     * (userTask, endEvent…); an event's trigger (message, timer…); drawn dashed when non-interrupting; where its name
     * goes outside it ({@code label}, events and gateways).
     */
    public record DiagramShape(String activityId, String kind, String type, String name, double x, double y,
            double width, double height, DiagramBox label, String eventDefinition, boolean dashed) {
    }

    /** A sequence flow, the points it passes through, and where its name goes. */
    public record DiagramEdge(String id, String name, List<DiagramPoint> waypoints, DiagramBox label) {

        public List<DiagramPoint> waypoints() {
            return waypoints == null ? List.of() : waypoints;
        }
    }

    public record DiagramBox(double x, double y, double width, double height) {
    }

    public record DiagramPoint(double x, double y) {
    }

    /**
     * A step with the call's numbers: waiting in it now, ended there (an end event), its finished passages, their
     * median and longest length ({@code null} without any).
     */
    public record ProcessStep(String activityId, String name, String kind, String type, long waitingNow,
            long endedThere, long passages, Duration median, Duration slowest) {
    }

    /** Where a candidacy's process stands and its timeline; empty before its process has started. */
    public Optional<CandidacyTrack> candidacyTrack(UUID candidacyId) {
        try {
            return Optional.ofNullable(http.get().uri("/api/tracking/candidacies/{id}", candidacyId).retrieve()
                    .body(CandidacyTrack.class));
        } catch (ApiProblem problem) {
            if (problem.is(404)) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** A candidacy's process: the steps it waits in, and every message about it, with who caused it and when. */
    public record CandidacyTrack(UUID businessKey, Instant startedAt, Instant endedAt, List<WaitingStep> waitingIn,
            List<TimelineStep> timeline) {

        public List<WaitingStep> waitingIn() {
            return waitingIn == null ? List.of() : waitingIn;
        }

        public List<TimelineStep> timeline() {
            return timeline == null ? List.of() : timeline;
        }
    }

    public record WaitingStep(String activityId, String name, Instant since, String waitingOn) {
    }

    /** @param actor the person who caused it (their id), or the service that did */
    public record TimelineStep(String message, String direction, String actor, Instant at) {
    }
}
