package org.ptce.web.support;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header names the signed-in person and their role. */
@ControllerAdvice
class CurrentPersonAdvice {

    @ModelAttribute("person")
    SignedInPerson person(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : SignedInPerson.of(user);
    }
}
