package org.ptce.platform.security;

import java.util.List;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Finds the API endpoints that do not say who may call them: each service's tests require there be none. */
public final class AccessRules {

    private AccessRules() {
    }

    public static List<String> apiEndpointsWithoutRule(RequestMappingHandlerMapping mappings) {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .filter(entry -> !ExplicitAccessRuleInterceptor.hasAccessRule(entry.getValue()))
                .map(entry -> entry.getKey() + " " + describe(entry.getValue()))
                .sorted()
                .toList();
    }

    private static String describe(HandlerMethod method) {
        return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
    }
}
