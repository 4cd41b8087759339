package org.ptce.identity.signup;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.ptce.identity.account.SelfService;
import org.ptce.identity.pages.PlatformPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

/**
 * A holder signs up alone, then opens the link mailed to them. The answer to a sign-up is the same page whether the
 * address had an account or not. Opening the link shows a button rather than verifying at once: mail filters that
 * open every link of a message must not use it up.
 */
@Controller
class SignUpController {

    private final SelfService selfService;
    private final PlatformPages pages;

    SignUpController(SelfService selfService, PlatformPages pages) {
        this.selfService = selfService;
        this.pages = pages;
    }

    @GetMapping("/inscription")
    String form(@ModelAttribute SignUpForm signUpForm) {
        return "signup/form";
    }

    @PostMapping("/inscription")
    String signUp(@Valid @ModelAttribute SignUpForm signUpForm, BindingResult form) {
        pages.checkPassword(form, "password", signUpForm.getPassword(), signUpForm.getDisplayName(),
                signUpForm.getEmail());
        if (form.hasErrors()) {
            return "signup/form";
        }
        selfService.signUp(signUpForm.getEmail(), signUpForm.getDisplayName(), signUpForm.getPassword());
        return "redirect:/inscription/envoye";
    }

    @GetMapping("/inscription/envoye")
    String sent() {
        return "signup/sent";
    }

    @GetMapping("/inscription/confirmer")
    String confirm(@RequestParam(name = "jeton", required = false) String token, Model model,
            HttpServletResponse response) {
        if (!selfService.verificationOpen(token)) {
            response.setStatus(HttpStatus.GONE.value());
            return "link-expired";
        }
        model.addAttribute("token", token);
        return "signup/confirm";
    }

    @PostMapping("/inscription/confirmer")
    String verify(@RequestParam(name = "jeton", required = false) String token, HttpServletResponse response) {
        if (selfService.verifyAddress(token).isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "link-expired";
        }
        return "signup/verified";
    }

    @GetMapping("/confidentialite")
    String privacy() {
        return "privacy";
    }
}
