package org.ptce.web.awaiting;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's header counts what awaits the signed-in person (« À faire »), linked to the page that lists it. A
 * request that may change something (any but GET) has it read again on the next page. Where the cache is not there
 * (the web slices of other pages), the header shows the entry without a count, as when a service is down.
 */
@ControllerAdvice
class AwaitingAdvice {

    private final ObjectProvider<AwaitingCache> cache;

    AwaitingAdvice(ObjectProvider<AwaitingCache> cache) {
        this.cache = cache;
    }

    @ModelAttribute("awaiting")
    AwaitingGlance awaiting(HttpServletRequest request) {
        AwaitingCache known = cache.getIfAvailable();
        Person person = Person.signedIn();
        if (known == null || person == null) {
            return null;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            known.forget(person);
        }
        return new AwaitingGlance(() -> known.of(person));
    }
}
