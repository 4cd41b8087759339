package org.ptce.web.holder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.ptce.web.api.Candidacy;
import org.ptce.web.api.CandidacyContent;

/**
 * The dossier as the holder types it in the form: lists as text (communes, themes), members as rows, the budget as
 * typed. {@link #content()} turns it into what the applications service reads; {@link #serviceField} says which
 * field of the form a field named by the service is.
 */
public class DossierForm {

    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)](?:\\.(name|kind|siret))?");

    private String ptceName;
    private String legalForm;
    private Boolean privateLawEntity;
    private Boolean alreadySupportedByState;
    private String communes;
    private String epci;
    private String departement;
    private String region;
    private List<MemberRow> members = new ArrayList<>();
    private String themes;
    private String cooperationStrategy;
    private String objectives;
    private String indicators;
    private String budgetEuros;

    /** The rows sent to the service, by their index in what was sent: a blank row is not sent. */
    private final List<Integer> sentRows = new ArrayList<>();

    static DossierForm of(Candidacy candidacy) {
        var form = new DossierForm();
        form.ptceName = candidacy.ptceName();
        form.legalForm = candidacy.legalForm();
        form.privateLawEntity = candidacy.privateLawEntity() ? Boolean.TRUE
                : candidacy.legalForm() == null ? null : Boolean.FALSE;
        form.alreadySupportedByState = candidacy.alreadySupportedByState();
        var territory = candidacy.territory();
        if (territory != null) {
            form.communes = String.join(", ", territory.communes());
            form.epci = territory.epci();
            form.departement = territory.departement();
            form.region = territory.region();
        }
        for (Candidacy.Member member : candidacy.members()) {
            form.members.add(new MemberRow(member.name(), member.kind(), member.siret()));
        }
        form.themes = String.join(", ", candidacy.themes());
        form.cooperationStrategy = candidacy.cooperationStrategy();
        form.objectives = candidacy.objectives();
        form.indicators = candidacy.indicators();
        form.budgetEuros = candidacy.budgetEuros() == null ? null : candidacy.budgetEuros().toPlainString();
        form.ensureBlankRow();
        return form;
    }

    /** There is always a blank row to write a new member in. */
    void ensureBlankRow() {
        if (members.isEmpty() || !members.get(members.size() - 1).isBlank()) {
            members.add(new MemberRow());
        }
    }

    void addMemberRow() {
        members.add(new MemberRow());
    }

    void removeMemberRow(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
        ensureBlankRow();
    }

    /** Whether the budget is a number as a French person may type it (« 620 000,50 »). */
    boolean budgetIsReadable() {
        return budgetEuros == null || budgetEuros.isBlank() || budget() != null;
    }

    CandidacyContent content() {
        sentRows.clear();
        var written = new ArrayList<Candidacy.Member>();
        for (int row = 0; row < members.size(); row++) {
            MemberRow member = members.get(row);
            if (!member.isBlank()) {
                sentRows.add(row);
                written.add(new Candidacy.Member(blankToNull(member.getName()), blankToNull(member.getKind()),
                        digits(member.getSiret())));
            }
        }
        return new CandidacyContent(blankToNull(ptceName), blankToNull(legalForm), privateLawEntity,
                alreadySupportedByState,
                new Candidacy.Territory(split(communes), blankToNull(epci), blankToNull(departement),
                        blankToNull(region)),
                written, split(themes), blankToNull(cooperationStrategy), blankToNull(objectives),
                blankToNull(indicators), budget());
    }

    /**
     * The form's field for a field the service named in its own terms ({@code territory.communes[3]},
     * {@code members[1].siret}): {@code null} when the form has no such field.
     */
    String serviceField(String field) {
        if (field == null) {
            return null;
        }
        String path = field.replaceFirst("^territory\\.", "");
        if (path.matches("(communes|themes)(\\[\\d+])?")) {
            return path.replaceFirst("\\[\\d+]$", "");
        }
        var member = MEMBER_FIELD.matcher(path);
        if (member.matches()) {
            int sent = Integer.parseInt(member.group(1));
            if (sent >= sentRows.size()) {
                return "members";
            }
            return "members[" + sentRows.get(sent) + "]." + (member.group(2) == null ? "name" : member.group(2));
        }
        return FIELDS.contains(path) ? path : null;
    }

    /** Every field that may show an error, as the form names them: the autosave refreshes each. */
    List<String> fields() {
        var fields = new ArrayList<>(FIELDS);
        for (int row = 0; row < members.size(); row++) {
            fields.add("members[" + row + "].name");
            fields.add("members[" + row + "].kind");
            fields.add("members[" + row + "].siret");
        }
        return fields;
    }

    private static final List<String> FIELDS = List.of("ptceName", "legalForm", "privateLawEntity",
            "alreadySupportedByState", "communes", "epci", "departement", "region", "members", "themes",
            "cooperationStrategy", "objectives", "indicators", "budgetEuros");

    /** The kinds of member, in the order the form lists them (their French names are in messages.properties). */
    public static final List<String> MEMBER_KINDS = List.of("ESS_ENTERPRISE", "ENTERPRISE", "LOCAL_AUTHORITY",
            "RESEARCH", "HIGHER_EDUCATION", "TRAINING", "ASSOCIATION", "OTHER");

    private BigDecimal budget() {
        if (budgetEuros == null || budgetEuros.isBlank()) {
            return null;
        }
        String typed = budgetEuros.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        try {
            return new BigDecimal(typed);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String digits(String siret) {
        String value = blankToNull(siret);
        return value == null ? null : value.replaceAll("[\\s\\u00a0.]", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPtceName() {
        return ptceName;
    }

    public void setPtceName(String ptceName) {
        this.ptceName = ptceName;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public Boolean getPrivateLawEntity() {
        return privateLawEntity;
    }

    public void setPrivateLawEntity(Boolean privateLawEntity) {
        this.privateLawEntity = privateLawEntity;
    }

    public Boolean getAlreadySupportedByState() {
        return alreadySupportedByState;
    }

    public void setAlreadySupportedByState(Boolean alreadySupportedByState) {
        this.alreadySupportedByState = alreadySupportedByState;
    }

    public String getCommunes() {
        return communes;
    }

    public void setCommunes(String communes) {
        this.communes = communes;
    }

    public String getEpci() {
        return epci;
    }

    public void setEpci(String epci) {
        this.epci = epci;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getCooperationStrategy() {
        return cooperationStrategy;
    }

    public void setCooperationStrategy(String cooperationStrategy) {
        this.cooperationStrategy = cooperationStrategy;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }

    public String getBudgetEuros() {
        return budgetEuros;
    }

    public void setBudgetEuros(String budgetEuros) {
        this.budgetEuros = budgetEuros;
    }

    /** One member of the PTCE as a row of the form. */
    public static class MemberRow {

        private String name;
        private String kind;
        private String siret;

        public MemberRow() {
        }

        MemberRow(String name, String kind, String siret) {
            this.name = name;
            this.kind = kind;
            this.siret = siret;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && (kind == null || kind.isBlank())
                    && (siret == null || siret.isBlank());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getSiret() {
            return siret;
        }

        public void setSiret(String siret) {
            this.siret = siret;
        }
    }
}
