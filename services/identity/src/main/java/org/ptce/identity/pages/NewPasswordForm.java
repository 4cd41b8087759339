package org.ptce.identity.pages;

/** A password chosen through a mailed link (a reset, an invitation); the policy checks it at the field. */
public class NewPasswordForm {

    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
