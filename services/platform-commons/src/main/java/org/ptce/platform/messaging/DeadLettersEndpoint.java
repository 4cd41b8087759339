package org.ptce.platform.messaging;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.lang.Nullable;

/**
 * The operator's view of this service's dead letters, on the management port: {@code GET /actuator/deadletters}
 * lists them with their reason; {@code POST /actuator/deadletters/{topic}/{partition}/{offset}} sends one back to its
 * topic, {@code POST /actuator/deadletters} every one not sent back yet.
 */
@Endpoint(id = "deadletters")
class DeadLettersEndpoint {

    private static final int DEFAULT_LIMIT = 500;

    private final DeadLetterOffice office;

    DeadLettersEndpoint(DeadLetterOffice office) {
        this.office = office;
    }

    record Listing(int count, long waiting, List<DeadLetterOffice.DeadLetter> letters) {
    }

    record Replays(int sent, List<DeadLetterOffice.Replay> replays) {
    }

    @ReadOperation
    Listing letters(@Nullable Integer limit) {
        var letters = office.letters(limit == null || limit <= 0 ? DEFAULT_LIMIT : limit);
        long waiting = letters.stream().filter(letter -> letter.replayedAt() == null).count();
        return new Listing(letters.size(), waiting, letters);
    }

    @WriteOperation
    Replays replayAll() {
        var replays = office.replayAll();
        return new Replays((int) replays.stream().filter(DeadLetterOffice.Replay::sent).count(), replays);
    }

    @WriteOperation
    WebEndpointResponse<DeadLetterOffice.Replay> replay(@Selector String topic, @Selector int partition,
            @Selector long offset) {
        return office.replay(topic, partition, offset)
                .map(replay -> new WebEndpointResponse<>(replay, WebEndpointResponse.STATUS_OK))
                .orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
    }
}
