package org.ptce.identity.me;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.ptce.identity.account.AccountLabels;
import org.ptce.identity.account.SelfService;
import org.ptce.identity.account.SelfService.PersonalData;
import org.ptce.identity.pages.PlatformPages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own account, at the provider where passwords are typed: their name, their password (the
 * current one proves it is them), and what the provider holds about them.
 */
@Controller
class AccountPageController {

    private final SelfService selfService;
    private final PlatformPages pages;

    AccountPageController(SelfService selfService, PlatformPages pages) {
        this.selfService = selfService;
        this.pages = pages;
    }

    @GetMapping("/compte")
    String page(Principal person, Model model) {
        var owner = selfService.owner(person.getName()).orElseThrow();
        if (!model.containsAttribute("nameForm")) {
            var nameForm = new NameForm();
            nameForm.setDisplayName(owner.displayName());
            model.addAttribute("nameForm", nameForm);
        }
        if (!model.containsAttribute("passwordChangeForm")) {
            model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        }
        model.addAttribute("owner", owner);
        model.addAttribute("roleLabel", AccountLabels.role(owner.role()));
        return "account/page";
    }

    @PostMapping("/compte/nom")
    String rename(Principal person, @Valid @ModelAttribute NameForm nameForm, BindingResult form, Model model,
            RedirectAttributes redirect) {
        if (form.hasErrors()) {
            return page(person, model);
        }
        selfService.rename(person.getName(), nameForm.getDisplayName());
        redirect.addFlashAttribute("message", "Votre nom est enregistré. Il s'affichera partout à votre prochaine"
                + " connexion.");
        return "redirect:/compte";
    }

    @PostMapping("/compte/mot-de-passe")
    String changePassword(Principal person, @ModelAttribute PasswordChangeForm passwordChangeForm,
            BindingResult form, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        var owner = selfService.owner(person.getName()).orElseThrow();
        pages.checkPassword(form, "newPassword", passwordChangeForm.getNewPassword(), owner.displayName(),
                owner.email());
        if (!form.hasErrors() && !selfService.changePassword(person.getName(),
                passwordChangeForm.getCurrentPassword(), passwordChangeForm.getNewPassword())) {
            form.rejectValue("currentPassword", "password.wrong", "Ce n'est pas votre mot de passe actuel.");
        }
        if (form.hasErrors()) {
            return page(person, model);
        }
        // Every session of the account ended with the old password: this one goes on, in a new session.
        pages.signIn(person.getName(), request, response);
        redirect.addFlashAttribute("message", "Votre mot de passe est changé ; vos autres connexions sont fermées.");
        return "redirect:/compte";
    }

    @GetMapping("/compte/donnees.json")
    ResponseEntity<PersonalData> export(Principal person) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mon-compte-ptce.json\"")
                .body(selfService.export(person.getName()).orElseThrow());
    }
}
