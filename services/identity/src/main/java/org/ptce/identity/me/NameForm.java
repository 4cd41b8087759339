package org.ptce.identity.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class NameForm {

    @NotBlank(message = "Indiquez votre prénom et votre nom.")
    @Size(max = 200, message = "200 caractères au plus.")
    private String displayName;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
