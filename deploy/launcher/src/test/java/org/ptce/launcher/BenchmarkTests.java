package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic: what it prints is only worth what its percentiles and rates are. */
class BenchmarkTests {

    @Test
    void aPercentileIsTheSmallestValueThatManyPercentAreAtOrBelow() {
        List<Duration> hundred = IntStream.rangeClosed(1, 100).mapToObj(Duration::ofMillis).toList();

        assertThat(Benchmark.percentile(hundred, 50)).isEqualTo(Duration.ofMillis(50));
        assertThat(Benchmark.percentile(hundred, 99)).isEqualTo(Duration.ofMillis(99));
        assertThat(Benchmark.percentile(List.of(Duration.ofSeconds(3)), 95)).isEqualTo(Duration.ofSeconds(3));
        assertThat(Benchmark.percentile(List.of(), 50)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aPathsThroughputIsWhatWentThroughOverTheFirstStartToTheLastEnd() {
        Instant start = Instant.parse("2026-12-03T12:00:00Z");
        var candidacies = new ArrayList<Instant[]>();
        for (int i = 0; i < 100; i++) {
            // One starts every 100 ms and takes 2 s: 100 in 11.9 s.
            Instant started = start.plusMillis(100L * i);
            candidacies.add(new Instant[] {started, started.plusSeconds(2)});
        }

        var figures = Benchmark.PathFigures.of("path", 120, candidacies);

        assertThat(figures.count()).isEqualTo(100);
        assertThat(figures.perSecond()).isCloseTo(100 / 11.9, within(0.01));
        assertThat(figures.p99()).isEqualTo(Duration.ofSeconds(2));
        assertThat(figures.line()).startsWith("| path | 100 of 120 | 8.4/s | 2.000 s |");
    }

    @Test
    void itsOptionsAreReadOrRefusedByName() {
        var settings = Benchmark.Settings.parse(new String[] {"--dossiers", "500", "--rate", "20"});

        assertThat(settings.dossiers()).isEqualTo(500);
        assertThat(settings.mode()).isEqualTo("open loop at 20.0/s");
        assertThat(Benchmark.Settings.parse(new String[0]).mode()).isEqualTo("closed loop");
        assertThatThrownBy(() -> Benchmark.Settings.parse(new String[] {"--dossiers", "many"}))
                .hasMessageContaining("--dossiers");
        assertThatThrownBy(() -> Benchmark.Settings.parse(new String[] {"--clients", "0"}))
                .hasMessageContaining("positive");
        assertThat(Benchmark.Settings.parse(new String[] {"--warm-up", "0"}).warmUp()).isZero();
        var compared = Benchmark.Settings.parse(new String[] {"--profile", "--jvm-options", " -Xmx1g  -XX:+UseG1GC"});
        assertThat(compared.profile()).isTrue();
        assertThat(compared.jvmOptions()).containsExactly("-Xmx1g", "-XX:+UseG1GC");
    }

    @Test
    void theProfileGivesEachProcessItsShareOfTheProcessorsPerDossier() {
        var before = new Benchmark.CpuSnapshot(Map.of("review", Duration.ofSeconds(10)), 0, 1_000, 100, 10_000);
        var after = new Benchmark.CpuSnapshot(Map.of("review", Duration.ofSeconds(30)), 40_000_000_000L, 7_000,
                1_100, 18_000);

        var profile = Benchmark.CpuProfile.between(before, after);
        var lines = Benchmark.profileLines(profile, 1_000, profile, 500);

        assertThat(profile.used()).containsEntry("review", Duration.ofSeconds(20));
        assertThat(lines.get(0)).contains("submissions (40.000 s)");
        assertThat(lines).contains("| review | 20.000 s | 20.0 ms | 20.000 s | 40.0 ms |");
        // 6,000 ticks busy and 1,000 waiting for the disk, of 8,000.
        assertThat(lines.get(lines.size() - 1)).contains("75 % / 13 %");
    }

    @Test
    void aClassBelongsToTheLibraryOfItsPackagesFirstNames() {
        assertThat(FlightRecordings.library("org.camunda.bpm.engine.impl.ProcessEngineImpl"))
                .isEqualTo("org.camunda.bpm");
        assertThat(FlightRecordings.library("java.util.HashMap")).isEqualTo("java.util");
        assertThat(FlightRecordings.library("org.ptce.Thing")).isEqualTo("org.ptce");
        assertThat(FlightRecordings.library("Unnamed")).isEqualTo("Unnamed");
    }
}
