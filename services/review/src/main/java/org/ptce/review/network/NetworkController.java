package org.ptce.review.network;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ptce.review.api.Network;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/networks")
@Tag(name = "Networks", description = "The ESS networks of the inter-network committee")
class NetworkController {

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The six networks a call may choose from")
    List<NetworkView> list() {
        return Arrays.stream(Network.values()).map(NetworkView::of).toList();
    }
}
