package org.ptce.identity.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ptce.identity.account.AccountRules;
import org.ptce.identity.account.AccountHistory;
import org.ptce.identity.account.AccountHistory.Actor;
import org.ptce.identity.account.AccountStatus;
import org.ptce.identity.account.People;
import org.ptce.identity.account.People.Filter;
import org.ptce.identity.account.People.Person;
import org.ptce.identity.account.People.PersonPage;
import org.ptce.identity.account.RoleInNetwork;
import org.ptce.identity.account.SelfService;
import org.ptce.identity.account.SelfService.PersonalData;
import org.ptce.platform.security.ForbiddenException;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The coordinators' management of people, for the web application's pages and for scripts. */
@RestController
@Validated
@Tag(name = "People", description = "Who is on the platform, invitations, roles, disabled accounts")
class PeopleController {

    private final People people;
    private final AccountHistory history;
    private final SelfService selfService;

    PeopleController(People people, AccountHistory history, SelfService selfService) {
        this.people = people;
        this.history = history;
        this.selfService = selfService;
    }

    @GetMapping("/api/people")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The people of the platform, by name, a page at a time; every filter optional",
            description = "q matches a part of the name or of the address.")
    PersonPage list(@RequestParam(required = false) Network network, @RequestParam(required = false) Role role,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(required = false) @Size(max = 200) @Pattern(regexp = AccountRules.PRINTABLE) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, @AuthenticationPrincipal Jwt coordinator) {
        actor(coordinator);
        return people.list(new Filter(network, role, status, q), page, size);
    }

    @GetMapping("/api/people/{personId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "A person")
    Person person(@PathVariable UUID personId, @AuthenticationPrincipal Jwt coordinator) {
        actor(coordinator);
        return people.find(personId);
    }

    @PostMapping("/api/people/invitations")
    @PreAuthorize("hasRole('COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a person as a reviewer or delegate of a network, or as a coordinator",
            description = "The invitee gets a mail with a link, valid 7 days, to choose their password.")
    @ApiResponse(responseCode = "409", description = "The address has an account already, or got too many mails "
            + "within the hour")
    ResponseEntity<Person> invite(@Valid @RequestBody Invitation invitation, @AuthenticationPrincipal Jwt coordinator,
            UriComponentsBuilder uri) {
        Person invited = people.invite(invitation.email().strip(), invitation.displayName(),
                RoleInNetwork.of(invitation.role(), invitation.network(), invitation.organisationSiret()),
                actor(coordinator));
        return ResponseEntity.created(uri.path("/api/people/{personId}").build(invited.personId())).body(invited);
    }

    @PostMapping("/api/people/{personId}/invitation")
    @PreAuthorize("hasRole('COORDINATOR')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the invitation again, with a new link (the former one stops working)")
    @ApiResponse(responseCode = "409", description = "The invitation was accepted already, or the address got too "
            + "many mails within the hour")
    void inviteAgain(@PathVariable UUID personId, @AuthenticationPrincipal Jwt coordinator) {
        people.inviteAgain(personId, actor(coordinator));
    }

    @PutMapping("/api/people/{personId}/role")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Change a person's role, network or organisation",
            description = "A reviewer moved to another network keeps their past evaluations, and gets no new "
                    + "assignment in the former one.")
    @ApiResponse(responseCode = "409", description = "A coordinator cannot change their own role")
    Person changeRole(@PathVariable UUID personId, @Valid @RequestBody RoleChange change,
            @AuthenticationPrincipal Jwt coordinator) {
        return people.changeRole(personId, RoleInNetwork.of(change.role(), change.network(),
                change.organisationSiret()), actor(coordinator));
    }

    @PostMapping("/api/people/{personId}/disable")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Disable an account: no sign-in, no new token, every session ended",
            description = "An access token already issued works until it expires (15 minutes for the web "
                    + "application).")
    @ApiResponse(responseCode = "409", description = "A coordinator cannot disable their own account")
    Person disable(@PathVariable UUID personId, @AuthenticationPrincipal Jwt coordinator) {
        return people.disable(personId, actor(coordinator));
    }

    @PostMapping("/api/people/{personId}/enable")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Enable a disabled account again")
    @ApiResponse(responseCode = "409", description = "A coordinator cannot enable their own account")
    Person enable(@PathVariable UUID personId, @AuthenticationPrincipal Jwt coordinator) {
        return people.enable(personId, actor(coordinator));
    }

    @GetMapping("/api/people/{personId}/history")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "What was done to the account, by whom and when, newest first")
    List<HistoryEntry> history(@PathVariable UUID personId, @AuthenticationPrincipal Jwt coordinator) {
        actor(coordinator);
        people.find(personId);
        return history.of(personId).stream().map(HistoryEntry::of).toList();
    }

    @GetMapping("/api/me/export")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "What the provider holds about the caller (RGPD art. 15 and 20)")
    PersonalData export(@AuthenticationPrincipal Jwt person) {
        return selfService.export(UUID.fromString(person.getSubject()))
                .orElseThrow(() -> new NotFoundException("account", person.getSubject()));
    }

    /**
     * The coordinator acting, checked against their account rather than their token alone: a coordinator disabled or
     * given another role cannot use the token they still hold to undo it.
     */
    private Actor actor(Jwt coordinator) {
        PlatformUser user = PlatformUser.of(coordinator);
        if (!people.coordinatesNow(UUID.fromString(user.id()))) {
            throw new ForbiddenException("Your account no longer coordinates");
        }
        return new Actor(user.id(), user.name());
    }

    record Invitation(
            @NotBlank @Email(regexp = AccountRules.ADDRESS) @Size(max = AccountRules.LONGEST_ADDRESS) String email,
            @NotBlank @Size(max = AccountRules.LONGEST_NAME) @Pattern(regexp = AccountRules.PRINTABLE) String displayName,
            @NotNull Role role,
            Network network,
            String organisationSiret) {
    }

    record RoleChange(@NotNull Role role, Network network, String organisationSiret) {
    }

    record HistoryEntry(String action, String actorName, Instant at, String detail) {

        static HistoryEntry of(AccountHistory.Entry entry) {
            return new HistoryEntry(entry.action().name(), entry.actorName(), entry.at(), entry.detail());
        }
    }
}
