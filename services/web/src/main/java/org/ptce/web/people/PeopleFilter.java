package org.ptce.web.people;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ptce.web.api.PeopleQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filters as they stand in the address ({@code /personnes?network=RTES&role=REVIEWER&page=2}), so that a
 * filtered list can be kept, shared and paged. Pages count from 1 here, from 0 in the API.
 */
public class PeopleFilter {

    static final int PAGE_SIZE = 50;

    private String network;
    private String role;
    private String status;
    private String q;
    private Integer page;

    /** What the API is asked: criteria it does not know are left out, rather than refused. */
    PeopleQuery query() {
        return new PeopleQuery(People.known(People.NETWORKS, network), People.known(People.ROLES, role),
                People.known(People.STATUSES, status), People.blankToNull(q), pageNumber() - 1, PAGE_SIZE);
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The address of another page of the same list. */
    public String pageUrl(int number) {
        var url = UriComponentsBuilder.fromPath("/personnes");
        var values = new LinkedHashMap<String, Object>();
        param(url, values, "network", People.known(People.NETWORKS, network));
        param(url, values, "role", People.known(People.ROLES, role));
        param(url, values, "status", People.known(People.STATUSES, status));
        param(url, values, "q", People.blankToNull(q));
        param(url, values, "page", number > 1 ? String.valueOf(number) : null);
        // Values expanded into the template are encoded strictly: a « + » searched stays a « + ».
        return url.encode().buildAndExpand(values).toUriString();
    }

    public boolean isFiltered() {
        return query().network() != null || query().role() != null || query().status() != null
                || query().q() != null;
    }

    private static void param(UriComponentsBuilder url, Map<String, Object> values, String name, String value) {
        if (value != null) {
            url.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
