package org.ptce.web.awaiting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * « Ce qui m'attend »: everything that awaits the signed-in person, in each of their roles, each with a link to the
 * page where it is done; read anew, since the person asked for it (the header then counts the same).
 */
@Controller
class AwaitingController {

    private final AwaitingCache cache;

    AwaitingController(AwaitingCache cache) {
        this.cache = cache;
    }

    @GetMapping("/a-faire")
    String awaiting(Model model) {
        model.addAttribute("awaits", cache.refresh(Person.signedIn()));
        model.addAttribute("awaitingPage", true);
        return "awaiting/awaiting";
    }
}
