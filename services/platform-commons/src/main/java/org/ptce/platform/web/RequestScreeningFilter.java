package org.ptce.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Requests refused before any handler sees them: a parameter of an API request (query, form or multipart field)
 * holding the NUL character, which PostgreSQL cannot store (400 naming the parameter), and a direct request for the
 * error page, which only exists for the server's own error dispatches (404).
 */
public class RequestScreeningFilter extends OncePerRequestFilter {

    /** The APIs; pages (the provider's forms) say what is wrong beside the field, in French, themselves. */
    private static final String API = "/api/";

    private final String errorPath;
    private final ObjectMapper objectMapper;

    public RequestScreeningFilter(String errorPath, ObjectMapper objectMapper) {
        this.errorPath = errorPath;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (errorPath.equals(path)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing at this address");
            problem.setTitle("Not found");
            ProblemResponses.write(response, problem, objectMapper);
            return;
        }
        if (!path.startsWith(API)) {
            chain.doFilter(request, response);
            return;
        }
        var errors = new ArrayList<FieldError>();
        for (Map.Entry<String, String[]> parameter : parametersOf(request).entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0;
            for (String value : parameter.getValue()) {
                nul |= value != null && value.indexOf('\0') >= 0;
            }
            if (nul) {
                errors.add(new FieldError(parameter.getKey().replace('\0', '?'), StrictJsonModule.NUL_REFUSED));
            }
        }
        if (!errors.isEmpty()) {
            ProblemResponses.write(response, ProblemResponses.invalid(errors), objectMapper);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The parameters, or none when a malformed body cannot give them: Spring MVC then answers for the body. */
    private static Map<String, String[]> parametersOf(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }
}
