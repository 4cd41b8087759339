package org.ptce.web.reviewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ptce.web.api.Call;
import org.ptce.web.api.Evaluation;

/**
 * The evaluation as the reviewer types it: a score per criterion of the grid as typed (so that what was typed stays,
 * even when refused), the vote, the comment. {@link #draft()} turns it into what the review service reads;
 * {@link #serviceField} says which field of the form a field named by the service is.
 */
public class EvaluationForm {

    /** The service names a score {@code scores.CODE} (its rules) or {@code scores[CODE]} (its bounds). */
    private static final Pattern SCORE_FIELD = Pattern.compile("scores(?:\\.([A-Z0-9_]+)|\\[([A-Z0-9_]+)])");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

    /** The votes, in the order the form lists them (their French names are in messages.properties). */
    public static final List<String> VOTES = List.of("FAVOURABLE", "RESERVED", "UNFAVOURABLE");

    private Map<String, String> scores = new LinkedHashMap<>();
    private String vote;
    private String comment;

    /** A form for each criterion of the grid, filled with what the reviewer saved, if anything. */
    static EvaluationForm of(List<Call.Criterion> criteria, Evaluation saved) {
        var form = new EvaluationForm();
        for (Call.Criterion criterion : criteria) {
            Integer score = saved == null ? null : saved.scores().get(criterion.code());
            form.scores.put(criterion.code(), score == null ? "" : String.valueOf(score));
        }
        if (saved != null) {
            form.vote = saved.vote();
            form.comment = saved.comment();
        }
        return form;
    }

    /** The criteria whose score is typed but is not a whole number (« 2,5 », « trois »). */
    List<String> unreadableScores() {
        return scores.entrySet().stream()
                .filter(score -> !blank(score.getValue()) && !WHOLE_NUMBER.matcher(score.getValue().strip()).matches())
                .map(Map.Entry::getKey).toList();
    }

    /** What the service reads: the scores typed (blank ones are not scored yet), the vote, the comment. */
    Evaluation.Draft draft() {
        var typed = new LinkedHashMap<String, Integer>();
        scores.forEach((code, score) -> {
            if (!blank(score)) {
                typed.put(code, Integer.valueOf(score.strip()));
            }
        });
        return new Evaluation.Draft(typed, blank(vote) ? null : vote, blank(comment) ? null : comment);
    }

    /** The form's field for a field the service named, or {@code null} when the form has no such field. */
    String serviceField(String field) {
        if (field == null) {
            return null;
        }
        Matcher score = SCORE_FIELD.matcher(field);
        if (score.matches()) {
            String code = score.group(1) != null ? score.group(1) : score.group(2);
            return scores.containsKey(code) ? scoreField(code) : null;
        }
        return "vote".equals(field) || "comment".equals(field) ? field : null;
    }

    static String scoreField(String code) {
        return "scores[" + code + "]";
    }

    /** Every field that may show an error: the autosave refreshes each. */
    List<String> fields() {
        var fields = new ArrayList<String>();
        scores.keySet().forEach(code -> fields.add(scoreField(code)));
        fields.add("vote");
        fields.add("comment");
        return fields;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = scores;
    }

    public String getVote() {
        return vote;
    }

    public void setVote(String vote) {
        this.vote = vote;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
