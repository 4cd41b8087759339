package org.ptce.workflow.webapps;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing out of Cockpit, Tasklist or Admin ends the person's session with this service too. The web applications
 * forget their user, but Spring Security's session would sign the same person in again at the next request. Runs
 * after the web applications' own filters, so that their CSRF check still guards the sign-out.
 */
class SignOutOfTheWebApplications extends OncePerRequestFilter {

    private static final Pattern SIGN_OUT = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/logout");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !SIGN_OUT.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() < 300) {
            new SecurityContextLogoutHandler().logout(request, response,
                    SecurityContextHolder.getContext().getAuthentication());
        }
    }
}
