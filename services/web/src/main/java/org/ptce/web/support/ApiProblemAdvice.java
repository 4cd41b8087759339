package org.ptce.web.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ptce.web.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What a service refused and no page handled itself becomes a French page: 404 for what the person may not know
 * of, 403 for what they may not do, and a page that says so when a service cannot be reached. Never a stack trace.
 */
@ControllerAdvice
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ModelAndView refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem.is(401)) {
            // The service no longer accepts the person's token: they sign in again, and come back here.
            return signInAgain(request, response);
        }
        if (problem.is(404)) {
            return page("error/404", HttpStatus.NOT_FOUND);
        }
        if (problem.is(403)) {
            return page("error/403", HttpStatus.FORBIDDEN);
        }
        log.warn("A service refused a request no page expected: {}", problem.getMessage());
        var page = page("error/refused", HttpStatus.valueOf(problem.status().value() >= 500 ? 502
                : problem.status().value()));
        page.addObject("deadlinePassed", problem.isDeadlinePassed());
        page.addObject("deadline", problem.deadline());
        return page;
    }

    /**
     * The provider refused to renew the person's token (their account was disabled, their password reset or changed):
     * this session is over too. They sign in again, which the provider refuses if the account can no longer sign in.
     */
    @ExceptionHandler(ClientAuthorizationException.class)
    ModelAndView tokenNotRenewed(ClientAuthorizationException refused, HttpServletRequest request,
            HttpServletResponse response) {
        log.info("The provider did not renew a token ({}): the session ends", refused.getError().getErrorCode());
        return signInAgain(request, response);
    }

    private ModelAndView signInAgain(HttpServletRequest request, HttpServletResponse response) {
        String back = returnPath(request);
        new SecurityContextLogoutHandler().logout(request, response, null);
        var signIn = new RedirectView(back, true);
        signIn.setExpandUriTemplateVariables(false);
        return new ModelAndView(signIn);
    }

    @ExceptionHandler({ResourceAccessException.class, ServiceUnavailableException.class})
    ModelAndView unreachable(RuntimeException e) {
        log.warn("A service could not be reached: {}", e.getMessage());
        return page("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * A file larger than this application lets through: the upload sent in the background (htmx swaps only a 2xx)
     * gets the message at the file field; a form sent without JavaScript, a page that says it.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null) {
            return ResponseEntity.ok()
                    .header("HX-Retarget", "#err-document-file")
                    .header("HX-Reswap", "innerHTML")
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(ApiMessages.french("is larger than the limit"));
        }
        var page = page("error/too-large", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("back", request.getRequestURI().replaceAll("/documents.*$", ""));
        return page;
    }

    /** The page asked for; after a form, the person's own page (what they sent is not sent again). */
    private static String returnPath(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        return LandingPages.of(person == null ? List.of() : person.getAuthorities());
    }

    private static ModelAndView page(String view, HttpStatus status) {
        var page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
