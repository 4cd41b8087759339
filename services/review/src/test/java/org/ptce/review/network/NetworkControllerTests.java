package org.ptce.review.network;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ptce.testing.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(NetworkController.class)
class NetworkControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheSixNetworksOfTheCommittee() throws Exception {
        mvc.perform(get("/api/networks").with(SignedIn.reviewer("MES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].code").value("RTES"))
                .andExpect(jsonPath("$[5].shortName").value("Opale"));
    }

    @Test
    void refusesAnAnonymousRequest() throws Exception {
        mvc.perform(get("/api/networks")).andExpect(status().isUnauthorized());
    }
}
