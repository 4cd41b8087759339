package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's summary is read from a real recording, of this test's own busy thread. */
class FlightRecordingsTests {

    @TempDir
    Path directory;

    @Test
    void aRecordingIsSummedUpByTheLibraryAndMethodEachSampleRanIn() throws Exception {
        Path file = directory.resolve("busy.jfr");
        try (var recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            long sum = spin(Duration.ofSeconds(1));
            recording.stop();
            recording.dump(file);
            assertThat(sum).isNotZero();
        }

        var summary = FlightRecordings.summary("test", file);

        assertThat(Files.size(file)).isPositive();
        assertThat(summary.samples()).isPositive();
        assertThat(summary.libraries()).containsKey("org.ptce.launcher");
        assertThat(summary.libraries().get("org.ptce.launcher")).isPositive();
        assertThat(summary.methods()).containsKey("FlightRecordingsTests.spin");
        assertThat(summary.lines(3).get(0)).startsWith("test, " + summary.samples() + " samples, running in: ");
    }

    private static long spin(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long sum = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                sum += Long.rotateLeft(sum ^ i, 7);
            }
        }
        return sum | 1;
    }
}
