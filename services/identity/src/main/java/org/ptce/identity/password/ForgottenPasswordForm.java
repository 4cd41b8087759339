package org.ptce.identity.password;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ptce.identity.account.AccountRules;

class ForgottenPasswordForm {

    @NotBlank(message = "Indiquez l'adresse électronique de votre compte.")
    @Email(regexp = AccountRules.ADDRESS, message = "Cette adresse électronique n'est pas valide.")
    @Size(max = AccountRules.LONGEST_ADDRESS, message = "100 caractères au plus.")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
