package org.ptce.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.ptce.testing.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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
    void aDatabaseOutOfReachAnswers503WithRetryAfter() throws Exception {
        for (String access : List.of("transaction", "query")) {
            mvc.perform(get("/api/failing/database/" + access).with(SignedIn.coordinator()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(jsonPath("$.incident").isNotEmpty())
                    .andExpect(content().string(not(containsString("postgresql"))));
        }
    }

    @Test
    void answersCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/failing/sql").with(SignedIn.coordinator()))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().exists("Cache-Control"));
    }

    @Test
    void anEndpointWithoutAnAccessRuleIsRefusedToEverybody() throws Exception {
        mvc.perform(get("/api/failing/unruled").with(SignedIn.coordinator()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void aNulCharacterInATextIsRefusedNamingTheField() throws Exception {
        post("{\"title\":\"AMI\\u0000PTCE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain the NUL character (U+0000)"));
        post("{\"communes\":[\"Lyon\",\"\\u0000\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communes[1]"));
    }

    @Test
    void aNulCharacterInAParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/failing/form").with(SignedIn.coordinator())
                        .param("label", "Statuts\u0000.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("label"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() throws Exception {
        post("{\"title\":\"a\",\"title\":\"b\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
    }

    @Test
    void aNullInsideAListIsRefusedNamingTheElement() throws Exception {
        post("{\"communes\":[null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communes[0]"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
    }

    @Test
    void anInstantPostgresqlCannotStoreIsRefused() throws Exception {
        post("{\"deadline\":\"+294277-01-01T00:00:00Z\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date between the years 1 and 9999"));
        post("{\"deadline\":\"9999-12-31T23:59:59Z\"}").andExpect(status().isOk());
    }

    @Test
    void aNumberIsNeitherABooleanNorAnEnum() throws Exception {
        post("{\"privateLawEntity\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("privateLawEntity"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a boolean"));
        post("{\"kind\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        post("{\"count\":\"3\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        post("{\"privateLawEntity\":true,\"kind\":\"OTHER\",\"count\":3}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("OTHER"));
    }

    @Test
    void theErrorPageCalledDirectlyIsNotFound() throws Exception {
        mvc.perform(get("/error").with(SignedIn.coordinator()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    private ResultActions post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/failing/echo").with(SignedIn.coordinator())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @SpringBootConfiguration
    static class ProblemsApplication {
    }

    enum Kind { ASSOCIATION, OTHER }

    record Echoed(String title, List<String> communes, Instant deadline, Boolean privateLawEntity, Kind kind,
            Integer count) {
    }

    @RestController
    static class FailingController {

        @GetMapping("/api/failing/sql")
        @PreAuthorize("isAuthenticated()")
        String sql() {
            throw new DataIntegrityViolationException("select secret from accounts where id = 42");
        }

        /** A real driver against a port nothing listens on, as when PostgreSQL has just died. */
        private final DataSource stoppedDatabase = new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:1/stopped?connectTimeout=1", "nobody", "none");

        @GetMapping("/api/failing/database/transaction")
        @PreAuthorize("isAuthenticated()")
        Integer transaction() {
            return new TransactionTemplate(new DataSourceTransactionManager(stoppedDatabase))
                    .execute(status -> 1);
        }

        @GetMapping("/api/failing/database/query")
        @PreAuthorize("isAuthenticated()")
        Integer query() {
            return new JdbcTemplate(stoppedDatabase).queryForObject("select 1", Integer.class);
        }

        @PostMapping("/api/failing/echo")
        @PreAuthorize("isAuthenticated()")
        Echoed echo(@RequestBody Echoed body) {
            return body;
        }

        @PostMapping("/api/failing/form")
        @PreAuthorize("isAuthenticated()")
        String form(@RequestParam String label) {
            return label;
        }

        @GetMapping("/api/failing/unruled")
        String unruled() {
            return "should never be served";
        }
    }
}
