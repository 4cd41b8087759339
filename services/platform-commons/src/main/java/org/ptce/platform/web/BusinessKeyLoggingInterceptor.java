package org.ptce.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ptce.platform.logging.BusinessKeys;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Puts the {@code callId} and {@code candidacyId} path variables of a request in the logging context. */
class BusinessKeyLoggingInterceptor implements HandlerInterceptor {

    private static final String SCOPES = BusinessKeyLoggingInterceptor.class.getName() + ".scopes";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null) {
            List<BusinessKeys.Scope> scopes = new ArrayList<>();
            variables.forEach((name, value) -> scopes.add(BusinessKeys.putInLoggingContext(name, value)));
            request.setAttribute(SCOPES, scopes);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        @SuppressWarnings("unchecked")
        var scopes = (List<BusinessKeys.Scope>) request.getAttribute(SCOPES);
        if (scopes != null) {
            scopes.forEach(BusinessKeys.Scope::close);
        }
    }
}
