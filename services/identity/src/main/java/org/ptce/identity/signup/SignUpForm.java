package org.ptce.identity.signup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ptce.identity.account.AccountRules;

/** What a holder types to sign up. */
class SignUpForm {

    @NotBlank(message = "Indiquez votre prénom et votre nom.")
    @Size(max = AccountRules.LONGEST_NAME, message = "200 caractères au plus.")
    @Pattern(regexp = AccountRules.PRINTABLE, message = "Sans retour à la ligne ni caractère de contrôle.")
    private String displayName;
    @NotBlank(message = "Indiquez votre adresse électronique.")
    @Email(regexp = AccountRules.ADDRESS, message = "Cette adresse électronique n'est pas valide.")
    @Size(max = AccountRules.LONGEST_ADDRESS, message = "100 caractères au plus.")
    private String email;
    private String password;
    @AssertTrue(message = "Cochez cette case pour créer votre compte.")
    private boolean consent;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
