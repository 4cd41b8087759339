package org.ptce.identity.account;

/**
 * What an address and a name must be, in every form and in the API alike. An address fits the sessions' and
 * authorizations' columns (100 characters); a name has no control character (no line break to forge a mail with,
 * no NUL that PostgreSQL refuses).
 */
public final class AccountRules {

    public static final String ADDRESS = "[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+";
    public static final int LONGEST_ADDRESS = 100;
    public static final int LONGEST_NAME = 200;
    public static final String PRINTABLE = "[^\\p{Cntrl}]*";

    private AccountRules() {
    }
}
