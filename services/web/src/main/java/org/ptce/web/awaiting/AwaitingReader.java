package org.ptce.web.awaiting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ptce.web.api.Assignment;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Notification;
import org.ptce.web.api.QuickApis;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.ValidationRound;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.awaiting.Awaiting.Item;
import org.ptce.web.awaiting.Awaiting.Section;
import org.ptce.web.delegate.ValidationTimes;
import org.ptce.web.support.FrenchDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads what awaits a person from the services, a section per role: a few requests whatever the number of
 * candidacies (the services count), each with a short timeout. A service that does not answer leaves its part out,
 * said in {@link Awaiting#unavailable()}: the page renders all the same.
 */
@Component
class AwaitingReader {

    /** How long a published decision stays among what awaits its holder: publication knows no « read ». */
    static final Duration RECENT_DECISIONS = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(AwaitingReader.class);
    private static final Comparator<Item> LATE_THEN_DUE = Comparator.comparing((Item item) -> !item.late())
            .thenComparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()));

    private final QuickApis apis;
    private final FrenchDates dates;
    private final ValidationTimes validationTimes;
    private final Clock clock;

    AwaitingReader(QuickApis apis, FrenchDates dates, ValidationTimes validationTimes, Clock clock) {
        this.apis = apis;
        this.dates = dates;
        this.validationTimes = validationTimes;
        this.clock = clock;
    }

    Awaiting read(Person person) {
        Instant now = clock.instant();
        var sections = new ArrayList<Section>();
        var unavailable = new ArrayList<String>();
        if (person.has(Person.HOLDER)) {
            sections.add(section("Vos candidatures", unavailable, missing -> holder(now, missing)));
        }
        if (person.has(Person.REVIEWER)) {
            sections.add(section("Vos évaluations", unavailable, missing -> reviewer(now, missing)));
        }
        if (person.has(Person.NETWORK_DELEGATE)) {
            sections.add(section("Les validations de votre réseau", unavailable, missing -> delegate(now, missing)));
        }
        if (person.has(Person.COORDINATOR)) {
            sections.add(section("La coordination", unavailable, this::coordination));
        }
        return new Awaiting(person.id(), person.roles(), List.copyOf(sections), List.copyOf(unavailable), now);
    }

    private static Section section(String title, List<String> unavailable,
            Function<List<String>, List<Item>> items) {
        var missing = new ArrayList<String>();
        List<Item> read = items.apply(missing);
        unavailable.addAll(missing);
        return new Section(title, List.copyOf(read), missing.isEmpty());
    }

    // The holder: dossiers to complete or to finish, and the decisions published lately.

    private List<Item> holder(Instant now, List<String> missing) {
        var items = new ArrayList<Item>();
        List<Candidacy> candidacies = attempt("vos candidatures", missing, () -> apis.applications().myCandidacies());
        if (candidacies != null) {
            candidacies.stream().filter(Candidacy::isCompletionRequested)
                    .forEach(candidacy -> items.add(completion(candidacy, now)));
            List<Candidacy> drafts = candidacies.stream().filter(Candidacy::isDraft).toList();
            Map<UUID, Call> calls = drafts.isEmpty() ? Map.of()
                    : byId(attempt("les dates limites des appels", missing, () -> apis.applications().calls()));
            for (Candidacy draft : drafts) {
                Call call = calls.get(draft.callId());
                if (call != null && call.isOpenAt(now)) {
                    items.add(new Item("Terminer et soumettre le dossier « " + draft.ptceName() + " »",
                            "appel « " + call.title() + " », avant le " + dates.format(call.submissionDeadline())
                                    + " (" + dates.timeLeft(call.submissionDeadline()) + ")",
                            candidacyPage(draft.id()), false, call.submissionDeadline(), 1));
                }
            }
        }
        List<Notification> notifications = attempt("les décisions publiées", missing,
                () -> apis.publication().myNotifications());
        if (notifications != null) {
            Instant since = now.minus(RECENT_DECISIONS);
            notifications.stream()
                    .filter(notification -> notification.candidacyId() != null && notification.notifiedAt() != null
                            && notification.notifiedAt().isAfter(since))
                    .sorted(Comparator.comparing(Notification::notifiedAt).reversed())
                    .forEach(notification -> items.add(new Item(
                            "Lire la décision sur « " + notification.ptceName() + " »",
                            (notification.outcomeLabel() == null ? "décision" : notification.outcomeLabel())
                                    + ", publiée le " + dates.day(notification.notifiedAt()),
                            candidacyPage(notification.candidacyId()), false, null, 1)));
        }
        return sortedLateThenDue(items);
    }

    private Item completion(Candidacy candidacy, Instant now) {
        Instant due = candidacy.completionDueAt();
        String detail = due == null ? "compléments demandés par la coordination"
                : "compléments attendus avant le " + dates.format(due) + " (" + dates.timeLeft(due) + ")";
        return new Item("Envoyer les compléments du dossier « " + candidacy.ptceName() + " »", detail,
                candidacyPage(candidacy.id()), due != null && !now.isBefore(due), due, 1);
    }

    // The reviewer: evaluations to start or to finish, before the review deadline freezes them.

    private List<Item> reviewer(Instant now, List<String> missing) {
        List<Assignment> assignments = attempt("vos évaluations", missing, () -> apis.review().myAssignments());
        if (assignments == null) {
            return List.of();
        }
        var items = new ArrayList<Item>();
        for (Assignment assignment : assignments) {
            Instant deadline = assignment.reviewDeadline();
            if (assignment.isSubmitted() || (deadline != null && !now.isBefore(deadline))) {
                continue;
            }
            String name = "« " + assignment.ptceName() + " »";
            String action = assignment.isToDeclare() ? "Déclarer votre impartialité pour " + name
                    : "DRAFT".equals(assignment.status()) ? "Terminer et soumettre votre évaluation de " + name
                    : "Évaluer " + name;
            var detail = new StringBuilder("appel « ").append(assignment.callTitle()).append(" »");
            if (assignment.network() != null) {
                detail.append(", pour le réseau ").append(networkName(assignment.network()));
            }
            if (deadline != null) {
                detail.append(", avant le ").append(dates.format(deadline)).append(" (")
                        .append(dates.timeLeft(deadline)).append(")");
            }
            if (assignment.remindedAt() != null) {
                detail.append(" ; rappel reçu le ").append(dates.day(assignment.remindedAt()));
            }
            items.add(new Item(action, detail.toString(), "/evaluations/" + assignment.candidacyId(),
                    assignment.overdue(), deadline, 1));
        }
        return sortedLateThenDue(items);
    }

    // The network delegate: the rounds of proposed lists their network has not answered.

    private List<Item> delegate(Instant now, List<String> missing) {
        List<ValidationRound> rounds = attempt("les validations de votre réseau", missing,
                () -> apis.validation().myRounds());
        if (rounds == null) {
            return List.of();
        }
        var items = new ArrayList<Item>();
        for (ValidationRound round : rounds) {
            if (!round.isAwaited()) {
                continue;
            }
            Instant reminder = validationTimes.reminderAt(round.requestedAt());
            Instant escalation = validationTimes.escalationAt(round.requestedAt());
            var detail = new StringBuilder();
            if (round.requestedAt() != null) {
                detail.append("demandée le ").append(dates.day(round.requestedAt())).append(" ; ");
            }
            boolean reminded = reminder != null && !now.isBefore(reminder);
            if (reminded) {
                detail.append("rappel envoyé le ").append(dates.day(reminder)).append(" ; ");
            }
            if (escalation == null) {
                detail.append("votre réseau n'a pas encore répondu");
            } else if (now.isBefore(escalation)) {
                detail.append("sans réponse, la coordination relance votre réseau le ")
                        .append(dates.format(escalation)).append(" (").append(dates.timeLeft(escalation)).append(")");
            } else {
                detail.append("la coordination relance votre réseau depuis le ").append(dates.format(escalation));
            }
            items.add(new Item("Répondre à la liste proposée pour « " + round.callTitle() + " » (tour "
                    + round.round() + ")", detail.toString(),
                    "/validations/" + round.callId() + "/tours/" + round.round(), reminded, escalation, 1));
        }
        return sortedLateThenDue(items);
    }

    // The coordinators: per call, the admissibility checks, the networks left without a reviewer, the deliberation.

    private List<Item> coordination(List<String> missing) {
        List<WorkflowApi.AwaitingCall> calls = attempt("le suivi des appels", missing,
                () -> apis.workflow().awaitingCoordination());
        List<ReviewDeskApi.UncoveredCall> uncovered = attempt("les affectations des évaluateur·rices", missing,
                () -> apis.reviewDesk().uncoveredCalls());
        var byCall = new LinkedHashMap<UUID, CallItems>();
        for (WorkflowApi.AwaitingCall call : calls == null ? List.<WorkflowApi.AwaitingCall>of() : calls) {
            CallItems items = byCall.computeIfAbsent(call.callId(), id -> new CallItems(call.title()));
            String title = "« " + call.title() + " »";
            String desk = "/coordination/appels/" + call.callId();
            if (call.admissibilityChecks() > 0) {
                items.checks = new Item("Vérifier la recevabilité des candidatures à " + title,
                        candidacies(call.admissibilityChecks()) + " en attente", desk + "/recevabilite", false, null,
                        weight(call.admissibilityChecks()));
            }
            if (call.deliberationOpenSince() != null) {
                String since = dates.format(call.deliberationOpenSince());
                String detail = call.round() != null
                        ? "la liste du tour " + call.round() + " a été rejetée par un réseau : proposez une liste "
                                + "revue (délibération rouverte le " + since + ")"
                        : call.stillUnderReview() > 0
                        ? "délibération ouverte depuis le " + since + " ; " + candidacies(call.stillUnderReview())
                                + " encore avant la fin de leur évaluation"
                        : "délibération ouverte depuis le " + since + " ; toutes les candidatures sont évaluées : "
                                + "la liste peut être proposée";
                items.deliberation = new Item("Délibérer sur " + title, detail, desk + "/deliberation", false,
                        call.deliberationOpenSince(), 1);
            }
            if (!call.silentNetworks().isEmpty()) {
                items.silent = new Item("Relancer les réseaux sans réponse sur la liste de " + title,
                        call.silentNetworks().stream().map(AwaitingReader::networkName)
                                .collect(Collectors.joining(", ")) + " : le délai de réponse est passé",
                        desk + "/deliberation", true, null, call.silentNetworks().size());
            }
        }
        for (ReviewDeskApi.UncoveredCall call : uncovered == null ? List.<ReviewDeskApi.UncoveredCall>of()
                : uncovered) {
            if (call.candidacies() <= 0) {
                continue;
            }
            CallItems items = byCall.computeIfAbsent(call.callId(), id -> new CallItems(call.title()));
            String detail = candidacies(call.candidacies()) + " sans évaluateur·rice pour "
                    + call.networksWithoutReviewer().stream().sorted().map(AwaitingReader::networkName)
                            .collect(Collectors.joining(", "))
                    + (call.reviewDeadline() == null ? ""
                            : ", avant le " + dates.format(call.reviewDeadline()) + " ("
                                    + dates.timeLeft(call.reviewDeadline()) + ")");
            items.uncovered = new Item("Affecter des évaluateur·rices aux candidatures de « " + call.title() + " »",
                    detail, "/coordination/appels/" + call.callId() + "/evaluateurs", false, call.reviewDeadline(),
                    call.candidacies());
        }
        return byCall.values().stream()
                .sorted(Comparator.comparing(items -> items.title, Comparator.nullsLast(String::compareTo)))
                .flatMap(CallItems::items).toList();
    }

    /** What awaits the coordinators in one call, in the order its work comes. */
    private static final class CallItems {

        private final String title;
        private Item checks;
        private Item uncovered;
        private Item deliberation;
        private Item silent;

        private CallItems(String title) {
            this.title = title;
        }

        Stream<Item> items() {
            return Stream.of(checks, uncovered, deliberation, silent).filter(Objects::nonNull);
        }
    }

    /** What the service answers, or {@code null} when it does not (slow, down, refusing): said as missing. */
    private static <T> T attempt(String what, List<String> missing, Supplier<T> read) {
        try {
            T answer = read.get();
            if (answer == null) {
                missing.add(what);
            }
            return answer;
        } catch (RuntimeException unanswered) {
            log.warn("What awaits the person could not be read ({}): {}", what, unanswered.toString());
            missing.add(what);
            return null;
        }
    }

    private static Map<UUID, Call> byId(List<Call> calls) {
        return calls == null ? Map.of() : calls.stream().filter(call -> call.id() != null)
                .collect(Collectors.toMap(Call::id, call -> call, (first, second) -> first));
    }

    private static List<Item> sortedLateThenDue(List<Item> items) {
        return items.stream().sorted(LATE_THEN_DUE).toList();
    }

    private static String candidacyPage(UUID candidacyId) {
        return "/candidatures/" + candidacyId;
    }

    private static String candidacies(long count) {
        return count == 1 ? "1 candidature" : count + " candidatures";
    }

    private static int weight(long count) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, count));
    }

    /** « RTES », « Opale »: a network as people name it. */
    private static String networkName(String network) {
        return "OPALE".equals(network) ? "Opale" : network;
    }
}
