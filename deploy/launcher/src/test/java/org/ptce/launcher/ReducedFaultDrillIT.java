package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault drill of {@code ./deploy/faults.sh}, reduced to fit the test suite: during a burst of submissions
 * through the HTTP API, kill -9 of a consumer (review), of PostgreSQL and of the Kafka broker, each brought back by
 * the launcher's supervisor. It runs last of the launcher's tests (failsafe runs them in alphabetical order), as it
 * hurts the platform they share.
 */
@ExtendWith(SharedPlatform.class)
class ReducedFaultDrillIT {

    @Test
    void aBurstThroughTheKillsOfAConsumerPostgresAndTheBrokerLosesNothingAndDoesNothingTwice(Platform platform)
            throws Exception {
        platform.supervise();
        // Two a second: the burst goes on through the three kills.
        var settings = new FaultDrill.Settings(100, 2, 4, List.of(PlatformService.REVIEW.serviceName(),
                Platform.POSTGRES, Platform.KAFKA), Duration.ofSeconds(3));

        var report = new FaultDrill(platform, RepositoryLayout.ofThisBuild().seeds(), settings).run();
        report.lines().forEach(System.out::println);

        assertThat(report.recoveries()).hasSize(3).allMatch(FaultDrill.Recovery::recovered);
        assertThat(report.answers().submitted()).as("submissions acknowledged").hasSizeGreaterThan(50);
        assertThat(report.answers().decided()).as("admissibility decisions acknowledged").isNotEmpty();
        assertThat(report.findings().problems()).isEmpty();
        assertThat(report.findings().duplicates()).isZero();
        assertThat(report.deadLetters()).isZero();
    }
}
