package org.ptce.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ptce.testing.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What every service answers when things go wrong: a problem body, no internals, the usual security headers. */
@WebMvcTest
@ContextConfiguration(classes = {ProblemDetailsTests.ProblemsApplication.class,
        ProblemDetailsTests.FailingController.class})
class ProblemDetailsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnexpectedFailureShowsNoStackTraceNorSql() throws Exception {
        mvc.perform(get("/api/failing/sql").with(SignedIn.coordinator()))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.incident").isNotEmpty())
                .andExpect(content().string(not(containsString("select"))))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at org."))));
    }

    @Test
    void answersCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/failing/sql").with(SignedIn.coordinator()))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Cache-Control"));
    }

    @Test
    void anEndpointWithoutAnAccessRuleIsRefusedToEverybody() throws Exception {
        mvc.perform(get("/api/failing/unruled").with(SignedIn.coordinator()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @SpringBootConfiguration
    static class ProblemsApplication {
    }

    @RestController
    static class FailingController {

        @GetMapping("/api/failing/sql")
        @PreAuthorize("isAuthenticated()")
        String sql() {
            throw new DataIntegrityViolationException("select secret from accounts where id = 42");
        }

        @GetMapping("/api/failing/unruled")
        String unruled() {
            return "should never be served";
        }
    }
}
