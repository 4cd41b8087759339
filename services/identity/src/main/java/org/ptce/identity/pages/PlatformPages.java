package org.ptce.identity.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ptce.identity.account.Accounts;
import org.ptce.identity.account.PasswordPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the provider's pages share: the platform's address (the web application, where people go back to), the
 * password rules said at the field, and signing a person in once they chose their password.
 */
@Component
@ControllerAdvice
public class PlatformPages {

    private final String platformUrl;
    private final PasswordPolicy passwordPolicy;
    private final Accounts accounts;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    PlatformPages(@Value("${PTCE_WEB_BASE_URL:http://localhost:8080}") String platformUrl,
            PasswordPolicy passwordPolicy, Accounts accounts) {
        this.platformUrl = platformUrl.replaceAll("/$", "");
        this.passwordPolicy = passwordPolicy;
        this.accounts = accounts;
    }

    @ModelAttribute("platformUrl")
    public String platformUrl() {
        return platformUrl;
    }

    /** Where a person signs in to the platform, and lands on their own page. */
    public String platformSignIn() {
        return "redirect:" + platformUrl + "/oauth2/authorization/platform";
    }

    /** Puts the password policy's refusal, if any, at the field. */
    public void checkPassword(BindingResult form, String field, String password, String displayName, String email) {
        Optional<String> refusal = passwordPolicy.refusal(password, displayName, email);
        refusal.ifPresent(reason -> form.rejectValue(field, "password.policy", reason));
    }

    /**
     * Signs the person in at the provider, in a new session, as the sign-in form would: they just proved who they are
     * by choosing their password through a link mailed to them.
     */
    public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.loadUserByUsername(username);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.getSession(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
    }
}
