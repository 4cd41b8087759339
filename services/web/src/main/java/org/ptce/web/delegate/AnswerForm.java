package org.ptce.web.delegate;

/**
 * The delegate's answer for their network to a round: the button pressed ({@code approve} or {@code reject}) and the
 * reason, which the service requires of a rejection.
 */
public class AnswerForm {

    static final String APPROVE = "approve";
    static final String REJECT = "reject";

    private String decision;
    private String reason;

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    boolean isDecided() {
        return APPROVE.equals(decision) || REJECT.equals(decision);
    }

    boolean isApproval() {
        return APPROVE.equals(decision);
    }

    /** The reason as sent: none when nothing but spaces was typed. */
    String reasonSent() {
        return reason == null || reason.isBlank() ? null : reason;
    }
}
