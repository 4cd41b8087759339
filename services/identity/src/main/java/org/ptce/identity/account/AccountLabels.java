package org.ptce.identity.account;

/** How the provider's pages and mails name a role, in French. */
public final class AccountLabels {

    private AccountLabels() {
    }

    public static String role(RoleInNetwork role) {
        String network = role.network() == null ? "" : " du réseau " + role.network().shortName();
        return switch (role.role()) {
            case HOLDER -> "porteur·se de projet";
            case REVIEWER -> "évaluateur·rice" + network;
            case NETWORK_DELEGATE -> "délégué·e" + network;
            case COORDINATOR -> "coordinateur·rice des appels";
        };
    }
}
