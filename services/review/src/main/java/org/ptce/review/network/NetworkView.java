package org.ptce.review.network;

import org.ptce.review.api.Network;

/** A network of the inter-network committee, by its code and its names. */
record NetworkView(Network code, String shortName, String fullName) {

    static NetworkView of(Network network) {
        return new NetworkView(network, network.shortName(), network.fullName());
    }
}
