package org.ptce.workflow.webapps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.ptce.workflow.engine.CandidateGroups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's groups the coordinators belong to: {@code camunda-admin}, to administer the engine in Cockpit and
 * Admin, and {@code coordinators}, the candidate group of the models' user tasks, so that Tasklist shows them their
 * tasks. Both exist from the start; a coordinator joins them at their first visit.
 */
@Component
class EngineGroups {

    private final ProcessEngine engine;

    EngineGroups(ProcessEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createTheGroups() {
        ensureGroups(engine.getIdentityService());
    }

    static void ensureGroups(IdentityService identity) {
        ensure(identity, Groups.CAMUNDA_ADMIN, "Camunda administrators (the platform's coordinators)",
                Groups.GROUP_TYPE_SYSTEM);
        ensure(identity, CandidateGroups.COORDINATORS, "Coordination (the platform's coordinators)",
                Groups.GROUP_TYPE_WORKFLOW);
    }

    static void join(IdentityService identity, String userId) {
        for (String group : new String[] {Groups.CAMUNDA_ADMIN, CandidateGroups.COORDINATORS}) {
            if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identity.createMembership(userId, group);
            }
        }
    }

    static boolean isMember(IdentityService identity, String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0
                && identity.createUserQuery().userId(userId).memberOfGroup(CandidateGroups.COORDINATORS).count() > 0;
    }

    private static void ensure(IdentityService identity, String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        var group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        try {
            identity.saveGroup(group);
        } catch (RuntimeException createdByAnotherInstance) {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                throw createdByAnotherInstance;
            }
        }
    }
}
