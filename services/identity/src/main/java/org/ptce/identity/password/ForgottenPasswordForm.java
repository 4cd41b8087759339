package org.ptce.identity.password;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class ForgottenPasswordForm {

    @NotBlank(message = "Indiquez l'adresse électronique de votre compte.")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Cette adresse électronique n'est pas valide.")
    @Size(max = 320, message = "320 caractères au plus.")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
