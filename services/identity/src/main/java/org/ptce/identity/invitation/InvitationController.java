package org.ptce.identity.invitation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ptce.identity.account.AccountLabels;
import org.ptce.identity.account.SelfService;
import org.ptce.identity.account.SelfService.Owner;
import org.ptce.identity.pages.NewPasswordForm;
import org.ptce.identity.pages.PlatformPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An invitee chooses their password through the link of their invitation, and lands on their page of the platform,
 * signed in: the provider's session they get here lets the platform sign them in without asking again.
 */
@Controller
class InvitationController {

    private final SelfService selfService;
    private final PlatformPages pages;

    InvitationController(SelfService selfService, PlatformPages pages) {
        this.selfService = selfService;
        this.pages = pages;
    }

    @GetMapping("/invitation")
    String invitation(@RequestParam(name = "jeton", required = false) String token,
            @ModelAttribute NewPasswordForm newPasswordForm, Model model, HttpServletResponse response) {
        return selfService.invitationOpen(token).map(owner -> page(owner, token, model))
                .orElseGet(() -> expired(response));
    }

    @PostMapping("/invitation")
    String accept(@RequestParam(name = "jeton", required = false) String token,
            @ModelAttribute NewPasswordForm newPasswordForm, BindingResult form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var owner = selfService.invitationOpen(token);
        if (owner.isEmpty()) {
            return expired(response);
        }
        pages.checkPassword(form, "password", newPasswordForm.getPassword(), owner.get().displayName(),
                owner.get().email());
        if (form.hasErrors()) {
            return page(owner.get(), token, model);
        }
        var accepted = selfService.acceptInvitation(token, newPasswordForm.getPassword());
        if (accepted.isEmpty()) {
            return expired(response);
        }
        pages.signIn(accepted.get(), request, response);
        return pages.platformSignIn();
    }

    private static String page(Owner owner, String token, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("roleLabel", AccountLabels.role(owner.role()));
        model.addAttribute("token", token);
        model.addAttribute("invitation", true);
        model.addAttribute("action", "/invitation");
        return "choose-password";
    }

    private static String expired(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "link-expired";
    }
}
