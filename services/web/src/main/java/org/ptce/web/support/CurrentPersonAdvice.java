package org.ptce.web.support;

import org.ptce.web.WebProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header names the signed-in person and their role, and links to their account at the provider. */
@ControllerAdvice
class CurrentPersonAdvice {

    private final WebProperties properties;

    CurrentPersonAdvice(WebProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("person")
    SignedInPerson person(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : SignedInPerson.of(user);
    }

    /** The provider's page where the person changes their name and password. */
    @ModelAttribute("accountPage")
    String accountPage() {
        return properties.accountPage();
    }
}
