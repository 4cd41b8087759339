package org.ptce.web.calls;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ptce.web.api.Call;
import org.ptce.web.api.CallDefinition;
import org.ptce.web.support.FrenchDates;
import org.springframework.validation.BindingResult;

/**
 * A call as the coordinator types it: dates as a day and a time in Paris, the grid's criteria and the required
 * documents as rows, numbers as typed (« 2,5 »). {@link #definition} turns it into what the applications service
 * reads; {@link #formField} says which field of the form a field named by the service is.
 */
public class CallForm {

    /** The networks of the inter-network committee, in the order the form lists them. */
    static final List<String> NETWORKS = List.of("RTES", "MES", "COORACE", "CNCRES", "UFISC", "OPALE");

    private static final Pattern CRITERION_FIELD =
            Pattern.compile("evaluationGrid\\.criteria\\[(\\d+)](?:\\.(code|label|weight|threshold))?");
    private static final Pattern DOCUMENT_FIELD = Pattern.compile("requiredDocuments\\[(\\d+)]");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:hH]\\s*(\\d{2})?)?");
    private static final Pattern DAYS = Pattern.compile("\\d{1,4}");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int LONGEST_CODE = 40;

    private String title;
    private String description;
    private String submissionDate;
    private String submissionTime;
    private List<String> participatingNetworks = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();
    private String totalThreshold;
    private List<DocumentRow> requiredDocuments = new ArrayList<>();
    private String reviewDate;
    private String reviewTime;
    private String completionDays;

    /** The rows sent to the service, by their index in what was sent: blank rows are not sent. */
    private final List<Integer> sentCriteria = new ArrayList<>();
    private final List<Integer> sentDocuments = new ArrayList<>();

    /** A new call: the deadlines at noon, Paris time, until the coordinator says otherwise. */
    static CallForm blank() {
        var form = new CallForm();
        form.submissionTime = "12:00";
        form.reviewTime = "12:00";
        form.ensureBlankRows();
        return form;
    }

    static CallForm of(Call call) {
        var form = new CallForm();
        form.title = call.title();
        form.description = call.description();
        form.submissionDate = day(call.submissionDeadline());
        form.submissionTime = time(call.submissionDeadline());
        form.reviewDate = day(call.reviewDeadline());
        form.reviewTime = time(call.reviewDeadline());
        if (call.participatingNetworks() != null) {
            form.participatingNetworks = NETWORKS.stream().filter(call.participatingNetworks()::contains)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        if (call.evaluationGrid() != null) {
            for (Call.Criterion criterion : call.evaluationGrid().criteria()) {
                form.criteria.add(new CriterionRow(criterion.code(), criterion.label(),
                        String.valueOf(criterion.weight()), decimal(criterion.threshold())));
            }
            form.totalThreshold = decimal(call.evaluationGrid().totalThreshold());
        }
        if (call.requiredDocuments() != null) {
            call.requiredDocuments().forEach(document -> form.requiredDocuments.add(new DocumentRow(document)));
        }
        form.completionDays = days(call.completionTimeLimit());
        form.ensureBlankRows();
        return form;
    }

    /** There is always a blank row to write a new criterion, and a new document, in. */
    void ensureBlankRows() {
        if (criteria.isEmpty() || !criteria.get(criteria.size() - 1).isBlank()) {
            criteria.add(new CriterionRow());
        }
        if (requiredDocuments.isEmpty() || !requiredDocuments.get(requiredDocuments.size() - 1).isBlank()) {
            requiredDocuments.add(new DocumentRow());
        }
    }

    void addCriterionRow() {
        criteria.add(new CriterionRow());
    }

    void removeCriterionRow(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
        ensureBlankRows();
    }

    void addDocumentRow() {
        requiredDocuments.add(new DocumentRow());
    }

    void removeDocumentRow(int index) {
        if (index >= 0 && index < requiredDocuments.size()) {
            requiredDocuments.remove(index);
        }
        ensureBlankRows();
    }

    /**
     * What the service reads, or {@code null} when something typed cannot be read as a date, a time or a number:
     * then each such field is rejected in {@code result}, and nothing is to be sent.
     */
    CallDefinition definition(BindingResult result) {
        Instant submission = instant("submissionDate", submissionDate, "submissionTime", submissionTime, result);
        Instant review = instant("reviewDate", reviewDate, "reviewTime", reviewTime, result);
        sentCriteria.clear();
        var written = new ArrayList<CallDefinition.Criterion>();
        var codes = new HashSet<String>();
        for (int row = 0; row < criteria.size(); row++) {
            CriterionRow criterion = criteria.get(row);
            if (!criterion.isBlank() && criterion.getCode() != null && !criterion.getCode().isBlank()) {
                codes.add(criterion.getCode().strip());
            }
        }
        for (int row = 0; row < criteria.size(); row++) {
            CriterionRow criterion = criteria.get(row);
            if (criterion.isBlank()) {
                continue;
            }
            sentCriteria.add(row);
            String prefix = "criteria[" + row + "].";
            Integer weight = weight(prefix + "weight", criterion.getWeight(), result);
            BigDecimal threshold = threshold(prefix + "threshold", criterion.getThreshold(), result);
            String code = criterion.getCode() == null || criterion.getCode().isBlank()
                    ? newCode(criterion.getLabel(), codes) : criterion.getCode().strip();
            written.add(new CallDefinition.Criterion(code, blankToNull(criterion.getLabel()), weight, threshold));
        }
        BigDecimal total = threshold("totalThreshold", totalThreshold, result);
        String completion = completion(result);
        sentDocuments.clear();
        var documents = new ArrayList<String>();
        for (int row = 0; row < requiredDocuments.size(); row++) {
            DocumentRow document = requiredDocuments.get(row);
            if (!document.isBlank()) {
                sentDocuments.add(row);
                documents.add(document.getName().strip());
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        List<String> networks = participatingNetworks == null ? List.of()
                : NETWORKS.stream().filter(participatingNetworks::contains).toList();
        return new CallDefinition(blankToNull(title), blankToNull(description),
                submission == null ? null : submission.toString(), networks,
                new CallDefinition.Grid(written, total), documents, review == null ? null : review.toString(),
                completion);
    }

    /**
     * The form's field for a field the service named in its own terms ({@code evaluationGrid.criteria[1].weight},
     * {@code submissionDeadline}), or {@code null} when the form has no such field.
     */
    String formField(String field) {
        if (field == null) {
            return null;
        }
        Matcher criterion = CRITERION_FIELD.matcher(field);
        if (criterion.matches()) {
            int sent = Integer.parseInt(criterion.group(1));
            if (sent >= sentCriteria.size()) {
                return "criteria";
            }
            String part = criterion.group(2) == null || "code".equals(criterion.group(2)) ? "label"
                    : criterion.group(2);
            return "criteria[" + sentCriteria.get(sent) + "]." + part;
        }
        Matcher document = DOCUMENT_FIELD.matcher(field);
        if (document.matches()) {
            int sent = Integer.parseInt(document.group(1));
            return sent >= sentDocuments.size() ? "requiredDocuments"
                    : "requiredDocuments[" + sentDocuments.get(sent) + "].name";
        }
        if (field.startsWith("participatingNetworks")) {
            return "participatingNetworks";
        }
        return switch (field) {
            case "title", "description", "totalThreshold" -> field;
            case "submissionDeadline" -> "submissionDate";
            case "reviewDeadline" -> "reviewDate";
            case "completionTimeLimit" -> "completionDays";
            case "evaluationGrid", "evaluationGrid.criteria" -> "criteria";
            case "evaluationGrid.totalThreshold" -> "totalThreshold";
            case "requiredDocuments" -> "requiredDocuments";
            default -> null;
        };
    }

    private static Instant instant(String dayField, String day, String timeField, String time,
            BindingResult result) {
        if (day == null || day.isBlank()) {
            // The service says a date is needed, as it says of every field it needs.
            return null;
        }
        LocalDate date = date(day.strip());
        if (date == null) {
            result.rejectValue(dayField, "unreadable", "Une date s'écrit comme 15/03/2027.");
        }
        LocalTime hour = null;
        if (time == null || time.isBlank()) {
            result.rejectValue(timeField, "missing", "Indiquez l'heure, par exemple 12:00.");
        } else {
            hour = time(time.strip());
            if (hour == null) {
                result.rejectValue(timeField, "unreadable", "Une heure s'écrit comme 12:00 ou 9 h 30.");
            }
        }
        return date == null || hour == null ? null
                : ZonedDateTime.of(LocalDateTime.of(date, hour), FrenchDates.PARIS).toInstant();
    }

    /** A day as a French person types it (15/03/2027, 15.3.2027), or in ISO-8601 (2027-03-15). */
    private static LocalDate date(String typed) {
        try {
            Matcher french = DAY.matcher(typed);
            if (french.matches()) {
                return LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                        Integer.parseInt(french.group(1)));
            }
            return LocalDate.parse(typed);
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    /** A time as typed: « 09:30 », « 9 h 30 », « 12h », « 14 ». */
    private static LocalTime time(String typed) {
        Matcher matcher = TIME.matcher(typed);
        if (!matcher.matches()) {
            return null;
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hours < 24 && minutes < 60 ? LocalTime.of(hours, minutes) : null;
    }

    private static Integer weight(String field, String typed, BindingResult result) {
        if (typed == null || typed.isBlank()) {
            result.rejectValue(field, "missing", "Indiquez un poids, un nombre entier de 1 à 10.");
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException unreadable) {
            result.rejectValue(field, "unreadable", "Un poids est un nombre entier de 1 à 10.");
            return null;
        }
    }

    private static BigDecimal threshold(String field, String typed, BindingResult result) {
        if (typed == null || typed.isBlank()) {
            // Required by the service, which says so.
            return null;
        }
        try {
            return new BigDecimal(typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
        } catch (NumberFormatException unreadable) {
            result.rejectValue(field, "unreadable", "Un seuil est un nombre de 0 à 5, par exemple 2,5.");
            return null;
        }
    }

    /** A number of days; an ISO-8601 duration (PT10S) is read too, for the demonstration's shorter limits. */
    private String completion(BindingResult result) {
        if (completionDays == null || completionDays.isBlank()) {
            return null;
        }
        String typed = completionDays.strip();
        if (DAYS.matcher(typed).matches()) {
            return "P" + Integer.parseInt(typed) + "D";
        }
        try {
            return Duration.parse(typed).toString();
        } catch (DateTimeParseException unreadable) {
            result.rejectValue("completionDays", "unreadable", "Un nombre de jours, en chiffres : 15 par exemple.");
            return null;
        }
    }

    /**
     * The criterion's code, which the reviewers' scores are kept under: made of its label (« Ancrage territorial »
     * is ANCRAGE_TERRITORIAL), and unlike the grid's other codes.
     */
    static String newCode(String label, Set<String> taken) {
        String base = label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "CRITERE";
        } else if (!Character.isLetter(base.charAt(0))) {
            base = "C_" + base;
        }
        base = trim(base, LONGEST_CODE);
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            String suffix = "_" + n;
            code = trim(base, LONGEST_CODE - suffix.length()) + suffix;
        }
        taken.add(code);
        return code;
    }

    private static String trim(String code, int length) {
        return code.length() <= length ? code : code.substring(0, length).replaceAll("_+$", "");
    }

    private static String day(Instant instant) {
        return instant == null ? null : FRENCH_DAY.format(instant.atZone(FrenchDates.PARIS));
    }

    private static String time(Instant instant) {
        return instant == null ? null : ISO_TIME.format(instant.atZone(FrenchDates.PARIS));
    }

    /** « 2,5 », as French writes it; « 3 » rather than « 3,00 ». */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }

    private static String days(Duration limit) {
        if (limit == null) {
            return null;
        }
        return limit.toSeconds() % 86_400 == 0 ? String.valueOf(limit.toDays()) : limit.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSubmissionDate() {
        return submissionDate;
    }

    public void setSubmissionDate(String submissionDate) {
        this.submissionDate = submissionDate;
    }

    public String getSubmissionTime() {
        return submissionTime;
    }

    public void setSubmissionTime(String submissionTime) {
        this.submissionTime = submissionTime;
    }

    public List<String> getParticipatingNetworks() {
        return participatingNetworks;
    }

    public void setParticipatingNetworks(List<String> participatingNetworks) {
        this.participatingNetworks = participatingNetworks;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionRow> criteria) {
        this.criteria = criteria;
    }

    public String getTotalThreshold() {
        return totalThreshold;
    }

    public void setTotalThreshold(String totalThreshold) {
        this.totalThreshold = totalThreshold;
    }

    public List<DocumentRow> getRequiredDocuments() {
        return requiredDocuments;
    }

    public void setRequiredDocuments(List<DocumentRow> requiredDocuments) {
        this.requiredDocuments = requiredDocuments;
    }

    public String getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(String reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getReviewTime() {
        return reviewTime;
    }

    public void setReviewTime(String reviewTime) {
        this.reviewTime = reviewTime;
    }

    public String getCompletionDays() {
        return completionDays;
    }

    public void setCompletionDays(String completionDays) {
        this.completionDays = completionDays;
    }

    /** One criterion of the grid as a row of the form; its code is kept from row to row, and not shown. */
    public static class CriterionRow {

        private String code;
        private String label;
        private String weight;
        private String threshold;

        public CriterionRow() {
        }

        CriterionRow(String code, String label, String weight, String threshold) {
            this.code = code;
            this.label = label;
            this.weight = weight;
            this.threshold = threshold;
        }

        boolean isBlank() {
            return isBlank(label) && isBlank(weight) && isBlank(threshold);
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public String getThreshold() {
            return threshold;
        }

        public void setThreshold(String threshold) {
            this.threshold = threshold;
        }
    }

    /** One document the call asks of every candidacy, as a row of the form. */
    public static class DocumentRow {

        private String name;

        public DocumentRow() {
        }

        DocumentRow(String name) {
            this.name = name;
        }

        boolean isBlank() {
            return name == null || name.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
