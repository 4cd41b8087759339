package org.ptce.identity.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ptce.identity.account.AddressNotVerifiedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every refused sign-in comes back to the same page with the same message, unless the password was right: then the
 * person learns why (an address to verify, an account disabled), which tells nothing to someone guessing.
 */
final class SignInFailures implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String page = exception instanceof AddressNotVerifiedException ? "/login?verification"
                : exception instanceof DisabledException ? "/login?desactive" : "/login?error";
        redirect.sendRedirect(request, response, page);
    }
}
