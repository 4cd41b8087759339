package org.ptce.identity.account;

import java.util.Set;
import java.util.UUID;

import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;

/**
 * What the tokens issued to a person say about them, read from their account each time a token is made: a role taken
 * away or an account disabled shows in the next token, refreshed ones included.
 */
public record SignedInPerson(UUID accountId, String username, String displayName, Set<Role> roles, Network network) {
}
