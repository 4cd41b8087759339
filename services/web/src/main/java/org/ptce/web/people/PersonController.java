package org.ptce.web.people;

import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One person, as a coordinator sees them: their account, their role (changed here), disabling and enabling the
 * account, sending the invitation again, and what was done to the account.
 */
@Controller
class PersonController {

    private final IdentityApi identity;

    PersonController(IdentityApi identity) {
        this.identity = identity;
    }

    @GetMapping("/personnes/{personId}")
    String person(@PathVariable UUID personId, @AuthenticationPrincipal OidcUser coordinator, Model model) {
        Person person = identity.person(personId);
        return page(person, RoleForm.of(person), coordinator, model);
    }

    @PostMapping("/personnes/{personId}/role")
    String changeRole(@PathVariable UUID personId, @ModelAttribute("roleForm") RoleForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser coordinator, Model model, RedirectAttributes redirect) {
        try {
            Person changed = identity.changeRole(personId, form.roleInNetwork());
            redirect.addFlashAttribute("message", "Le rôle de " + changed.displayName() + " est enregistré.");
            return "redirect:/personnes/" + personId;
        } catch (ApiProblem problem) {
            if (problem.is(409)) {
                result.reject("conflict", "Le rôle de ce compte ne peut pas être changé en ce moment : rechargez "
                        + "la page pour voir son état.");
            } else if (problem.isInvalidInput()) {
                People.reject(problem, RoleForm.FIELDS, result, "Le rôle n'a pas pu être enregistré : vérifiez "
                        + "les champs.");
            } else {
                throw problem;
            }
        }
        return page(identity.person(personId), form, coordinator, model);
    }

    /** Disabling asks for a confirmation, the box ticked: without it, nothing is sent. */
    @PostMapping("/personnes/{personId}/desactivation")
    String disable(@PathVariable UUID personId, @RequestParam(required = false) Boolean confirmed,
            @AuthenticationPrincipal OidcUser coordinator, Model model, RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(confirmed)) {
            Person person = identity.person(personId);
            model.addAttribute("confirmError", "Cochez la case pour confirmer la désactivation du compte.");
            return page(person, RoleForm.of(person), coordinator, model);
        }
        try {
            Person disabled = identity.disable(personId);
            redirect.addFlashAttribute("message", "Le compte de " + disabled.displayName() + " est désactivé : "
                    + "la personne est déconnectée et ne reçoit plus de nouvelle attribution.");
        } catch (ApiProblem problem) {
            if (!problem.is(409) && !problem.isInvalidInput()) {
                throw problem;
            }
            redirect.addFlashAttribute("error", problem.is(409) ? "Ce compte est déjà désactivé."
                    : "Ce compte ne peut pas être désactivé.");
        }
        return "redirect:/personnes/" + personId;
    }

    @PostMapping("/personnes/{personId}/reactivation")
    String enable(@PathVariable UUID personId, RedirectAttributes redirect) {
        try {
            Person enabled = identity.enable(personId);
            redirect.addFlashAttribute("message", "Le compte de " + enabled.displayName() + " est réactivé : "
                    + "la personne peut se connecter de nouveau.");
        } catch (ApiProblem problem) {
            if (!problem.is(409)) {
                throw problem;
            }
            redirect.addFlashAttribute("error", "Ce compte n'est pas désactivé : il n'y a rien à réactiver.");
        }
        return "redirect:/personnes/" + personId;
    }

    @PostMapping("/personnes/{personId}/invitation")
    String resendInvitation(@PathVariable UUID personId, RedirectAttributes redirect) {
        try {
            identity.resendInvitation(personId);
            redirect.addFlashAttribute("message", "L'invitation a été renvoyée.");
        } catch (ApiProblem problem) {
            if (!problem.is(409)) {
                throw problem;
            }
            redirect.addFlashAttribute("error", "Cette personne a déjà accepté son invitation : il n'y a plus "
                    + "d'invitation à renvoyer.");
        }
        return "redirect:/personnes/" + personId;
    }

    private String page(Person person, RoleForm form, OidcUser coordinator, Model model) {
        model.addAttribute("profile", person);
        model.addAttribute("roleForm", form);
        model.addAttribute("history", identity.history(person.personId()));
        model.addAttribute("yourself", coordinator != null
                && person.personId().toString().equals(coordinator.getSubject()));
        PeopleController.addChoices(model);
        return "people/person";
    }
}
