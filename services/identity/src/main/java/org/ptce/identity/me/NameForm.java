package org.ptce.identity.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ptce.identity.account.AccountRules;

class NameForm {

    @NotBlank(message = "Indiquez votre prénom et votre nom.")
    @Size(max = AccountRules.LONGEST_NAME, message = "200 caractères au plus.")
    @Pattern(regexp = AccountRules.PRINTABLE, message = "Sans retour à la ligne ni caractère de contrôle.")
    private String displayName;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
