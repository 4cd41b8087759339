package org.ptce.web.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after its session ended carries the CSRF token of that session, and is refused before anyone asks who
 * sent it (nobody is signed in any more). That is an expired session, not a forbidden page: the autosave gets the 401 its script answers by signing in
 * again with the typing kept, and a form sent without JavaScript leads to signing in and back to its page. Anything
 * else refused is the French 403 page.
 */
class ExpiredSessionAwareAccessDenied implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        boolean signedOut = person == null || person instanceof AnonymousAuthenticationToken;
        if (denied instanceof CsrfException && signedOut) {
            if (request.getHeader("HX-Request") != null) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(pageSentFrom(request));
            }
            return;
        }
        forbidden.handle(request, response, denied);
    }

    /** The page the form was on (this application's own, by its path), or the home page. */
    private static String pageSentFrom(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = URI.create(referer);
                int port = page.getPort() != -1 ? page.getPort() : "https".equals(page.getScheme()) ? 443 : 80;
                if (request.getServerName().equals(page.getHost()) && request.getServerPort() == port
                        && page.getRawPath() != null && page.getRawPath().startsWith("/")
                        && !page.getRawPath().startsWith("//")) {
                    return page.getRawPath();
                }
            } catch (IllegalArgumentException unreadable) {
                // Not a URL: the home page.
            }
        }
        return request.getContextPath() + "/";
    }
}
