package org.ptce.web.people;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.PeoplePage;
import org.ptce.web.api.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' list of the platform's people, filtered and paged, and inviting someone. */
@Controller
class PeopleController {

    private final IdentityApi identity;

    PeopleController(IdentityApi identity) {
        this.identity = identity;
    }

    /**
     * A criterion the address gets wrong (a page that is not a number, a network that is none) is left out, not
     * refused.
     */
    @GetMapping("/personnes")
    String people(@ModelAttribute("filter") PeopleFilter filter, BindingResult unreadable, Model model) {
        if (unreadable.hasFieldErrors("page")) {
            filter.setPage(null);
        }
        PeoplePage page = identity.people(filter.query());
        if (filter.pageNumber() > page.totalPages()) {
            // A page past the end (people left the list since): its last page.
            return "redirect:" + filter.pageUrl(page.totalPages());
        }
        model.addAttribute("people", page);
        model.addAttribute("pageNumber", filter.pageNumber());
        model.addAttribute("totalPages", page.totalPages());
        addChoices(model);
        return "people/list";
    }

    @GetMapping("/personnes/inviter")
    String invitation(Model model) {
        model.addAttribute("form", new InvitationForm());
        addChoices(model);
        return "people/invite";
    }

    /**
     * Sends the invitation; what the provider refuses is said at its field, the form keeping what was typed, and an
     * address that has an account already at the address field.
     */
    @PostMapping("/personnes/inviter")
    String invite(@ModelAttribute("form") InvitationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            Person invited = identity.invite(form.invitation());
            redirect.addFlashAttribute("message", "Invitation envoyée à " + invited.displayName() + " ("
                    + invited.email() + ").");
            return "redirect:/personnes/" + invited.personId();
        } catch (ApiProblem problem) {
            if (problem.is(409)) {
                result.rejectValue("email", "taken", "Cette adresse a déjà un compte sur la plateforme : "
                        + "retrouvez la personne dans la liste.");
            } else if (problem.isInvalidInput()) {
                People.reject(problem, InvitationForm.FIELDS, result,
                        "L'invitation n'a pas pu être envoyée : vérifiez les champs.");
            } else {
                throw problem;
            }
        }
        addChoices(model);
        return "people/invite";
    }

    static void addChoices(Model model) {
        model.addAttribute("networks", People.NETWORKS);
        model.addAttribute("roles", People.ROLES);
        model.addAttribute("statuses", People.STATUSES);
    }
}
