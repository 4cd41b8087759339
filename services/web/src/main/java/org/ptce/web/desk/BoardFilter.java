package org.ptce.web.desk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ptce.web.api.WorkflowApi;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters as they stand in the address ({@code /coordination/appels/…/suivi?stage=AwaitReview&page=2}),
 * so that a filtered board can be kept, shared and paged. Pages count from 1 here, from 0 in the API; a value the
 * address gets wrong is left out, not refused.
 */
public class BoardFilter {

    static final int PAGE_SIZE = 50;

    /** The orders the board offers, in the service's words, each with what the coordinator reads. */
    static final Map<String, String> SORTS = orders();

    private String stage;
    private String network;
    private String overdue;
    private String outcome;
    private Integer page;
    private String sort;

    WorkflowApi.BoardQuery query() {
        return new WorkflowApi.BoardQuery(pageNumber() - 1, PAGE_SIZE, knownStage(), knownNetwork(), isOverdueOnly(),
                knownOutcome(), knownSort());
    }

    String knownSort() {
        return sort != null && SORTS.containsKey(sort) && !sort.equals("SUBMITTED") ? sort : null;
    }

    /** The order shown, in the coordinator's words. */
    public String getSortLabel() {
        return SORTS.get(knownSort() == null ? "SUBMITTED" : knownSort());
    }

    private static Map<String, String> orders() {
        var orders = new LinkedHashMap<String, String>();
        orders.put("SUBMITTED", "Ordre de dépôt");
        orders.put("PTCE", "Nom du PTCE");
        orders.put("WAITING", "Attente la plus longue d'abord");
        orders.put("DUE", "Échéance la plus proche d'abord");
        return orders;
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    String knownStage() {
        return stage != null && Desk.STAGES.containsKey(stage) ? stage : null;
    }

    String knownNetwork() {
        return network != null && Desk.NETWORKS.contains(network) ? network : null;
    }

    String knownOutcome() {
        return outcome != null && Desk.OUTCOMES.containsKey(outcome) ? outcome : null;
    }

    public boolean isOverdueOnly() {
        return "true".equals(overdue);
    }

    public boolean isFiltered() {
        return knownStage() != null || knownNetwork() != null || isOverdueOnly() || knownOutcome() != null;
    }

    /** The address of another page of the same board. */
    public String pageUrl(UUID callId, int number) {
        return url(callId, knownStage(), number);
    }

    /** The address of the board showing one stage, the other filters kept. */
    public String stageUrl(UUID callId, String stage) {
        return url(callId, stage, 1);
    }

    private String url(UUID callId, String stage, int number) {
        var url = UriComponentsBuilder.fromPath("/coordination/appels/{callId}/suivi");
        var values = new LinkedHashMap<String, Object>();
        values.put("callId", callId);
        param(url, values, "stage", stage);
        param(url, values, "network", knownNetwork());
        param(url, values, "overdue", isOverdueOnly() ? "true" : null);
        param(url, values, "outcome", knownOutcome());
        param(url, values, "sort", knownSort());
        param(url, values, "page", number > 1 ? String.valueOf(number) : null);
        return url.encode().buildAndExpand(values).toUriString();
    }

    private static void param(UriComponentsBuilder url, Map<String, Object> values, String name, String value) {
        if (value != null) {
            url.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getOverdue() {
        return overdue;
    }

    public void setOverdue(String overdue) {
        this.overdue = overdue;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
