package org.ptce.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Access is denied by default: an API endpoint that does not state who may call it ({@code @PreAuthorize}, or
 * {@code @PermitAll} for what anyone may read) is refused to everybody. The rule is checked here, before the request
 * body is even read, so that a person without the role learns nothing from validation errors.
 */
public class ExplicitAccessRuleInterceptor implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (!hasAccessRule(method)) {
            throw new AccessDeniedException("No access rule on " + method.getShortLogMessage());
        }
        var decision = preAuthorize.authorize(() -> SecurityContextHolder.getContext().getAuthentication(),
                new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        if (decision != null && !decision.isGranted()) {
            throw new AccessDeniedException("Not allowed: " + method.getShortLogMessage());
        }
        return true;
    }

    /** Whether the endpoint names who may call it, on its method or its controller. */
    public static boolean hasAccessRule(HandlerMethod method) {
        return hasRule(method.getMethod()) || hasRule(method.getBeanType());
    }

    private static boolean hasRule(java.lang.reflect.AnnotatedElement element) {
        return AnnotatedElementUtils.hasAnnotation(element, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(element, PermitAll.class);
    }
}
