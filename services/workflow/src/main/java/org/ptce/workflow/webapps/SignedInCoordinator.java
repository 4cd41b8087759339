package org.ptce.workflow.webapps;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.ptce.platform.security.Role;
import org.ptce.workflow.engine.CandidateGroups;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The web applications' user is the person Spring Security signed in: only coordinators reach them; they administer
 * the engine ({@code camunda-admin}) and Tasklist shows them the tasks of their candidate group
 * ({@code coordinators}). The web applications read their user from the engine's identity tables, so a coordinator's
 * first visit records them there, under the platform's id for them.
 */
public class SignedInCoordinator implements AuthenticationProvider {

    private static final String COORDINATOR = "ROLE_" + Role.COORDINATOR.name();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || authentication.getAuthorities().stream()
                        .noneMatch(authority -> COORDINATOR.equals(authority.getAuthority()))) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = authentication.getName();
        try {
            recordInTheEngine(engine.getIdentityService(), authentication, userId);
        } catch (RuntimeException concurrentFirstVisit) {
            // Two first requests at once: the other one recorded the coordinator; check that it did.
            if (!EngineGroups.isMember(engine.getIdentityService(), userId)) {
                throw concurrentFirstVisit;
            }
        }
        var result = AuthenticationResult.successful(userId);
        result.setGroups(List.of(Groups.CAMUNDA_ADMIN, CandidateGroups.COORDINATORS));
        return result;
    }

    /** Runs on every request to the web applications: once recorded, two membership queries and nothing more. */
    private static void recordInTheEngine(IdentityService identity, Authentication authentication, String userId) {
        if (EngineGroups.isMember(identity, userId)) {
            return;
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            var user = identity.newUser(userId);
            if (authentication.getPrincipal() instanceof OidcUser person) {
                user.setFirstName(person.getFullName() != null ? person.getFullName() : userId);
                user.setLastName("");
                user.setEmail(person.getPreferredUsername());
            }
            identity.saveUser(user);
        }
        // Membership in the engine's tables too: the web applications offer to create a first administrator while
        // camunda-admin has no member, and Tasklist finds a person's candidate groups there.
        EngineGroups.ensureGroups(identity);
        EngineGroups.join(identity, userId);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Signing in happens at the platform's provider, through Spring Security.
    }
}
