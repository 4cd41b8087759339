package org.ptce.identity.password;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * A forgotten password: the same answer for any address, a link valid an hour to the account's owner, and every
 * session of the account ended once the new password is set.
 */
@Controller
class PasswordResetController {

    private final SelfService selfService;
    private final PlatformPages pages;

    PasswordResetController(SelfService selfService, PlatformPages pages) {
        this.selfService = selfService;
        this.pages = pages;
    }

    @GetMapping("/mot-de-passe-oublie")
    String form(@ModelAttribute ForgottenPasswordForm forgottenPasswordForm,
            @RequestParam(name = "envoye", required = false) String sent, Model model) {
        model.addAttribute("sent", sent != null);
        return "reset/request";
    }

    @PostMapping("/mot-de-passe-oublie")
    String request(@Valid @ModelAttribute ForgottenPasswordForm forgottenPasswordForm, BindingResult form,
            Model model) {
        if (form.hasErrors()) {
            model.addAttribute("sent", false);
            return "reset/request";
        }
        selfService.forgotPassword(forgottenPasswordForm.getEmail());
        return "redirect:/mot-de-passe-oublie?envoye";
    }

    @GetMapping("/mot-de-passe/nouveau")
    String newPassword(@RequestParam(name = "jeton", required = false) String token,
            @ModelAttribute NewPasswordForm newPasswordForm, Model model, HttpServletResponse response) {
        return selfService.resetOpen(token).map(owner -> page(owner, token, model)).orElseGet(() -> expired(response));
    }

    @PostMapping("/mot-de-passe/nouveau")
    String reset(@RequestParam(name = "jeton", required = false) String token,
            @ModelAttribute NewPasswordForm newPasswordForm, BindingResult form, Model model,
            HttpServletResponse response) {
        var owner = selfService.resetOpen(token);
        if (owner.isEmpty()) {
            return expired(response);
        }
        pages.checkPassword(form, "password", newPasswordForm.getPassword(), owner.get().displayName(),
                owner.get().email());
        if (form.hasErrors()) {
            return page(owner.get(), token, model);
        }
        if (selfService.resetPassword(token, newPasswordForm.getPassword()).isEmpty()) {
            return expired(response);
        }
        return "reset/done";
    }

    private static String page(Owner owner, String token, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("token", token);
        model.addAttribute("invitation", false);
        model.addAttribute("action", "/mot-de-passe/nouveau");
        return "choose-password";
    }

    private static String expired(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "link-expired";
    }
}
