package org.ptce.applications.candidacy;

/** What kind of legal person a member of the PTCE is: it decides which eligibility rules the members meet. */
public enum MemberKind {
    ESS_ENTERPRISE,
    ENTERPRISE,
    LOCAL_AUTHORITY,
    RESEARCH,
    HIGHER_EDUCATION,
    TRAINING,
    ASSOCIATION,
    OTHER;

    /** The other actors of art. 9 of loi 2014-856: public authorities, research, higher education, training. */
    boolean isOtherArticle9Actor() {
        return this == LOCAL_AUTHORITY || this == RESEARCH || this == HIGHER_EDUCATION || this == TRAINING;
    }
}
