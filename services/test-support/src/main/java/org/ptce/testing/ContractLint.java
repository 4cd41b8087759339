package org.ptce.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs one of the standard tools of {@code deploy/lint} (the AsyncAPI parser, bpmnlint) through its script there,
 * which prints one JSON line per finding. The build installs them before the tests ({@code deploy/lint-setup.sh});
 * when they are missing, the test fails with the command that installs them, never skips.
 */
public final class ContractLint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    private ContractLint() {
    }

    /** The repository's root, above the module the test runs in. */
    public static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/lint-setup.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No deploy/lint-setup.sh above " + Path.of("").toAbsolutePath());
    }

    /** What the script printed, one JSON object per line; fails the test when it cannot run or exits in error. */
    public static List<JsonNode> run(String script, Path... files) {
        Path lint = repository().resolve("deploy/lint");
        if (!Files.isDirectory(lint.resolve("node_modules"))) {
            fail("The contract tools are not installed: run deploy/lint-setup.sh (the build runs it before the tests)");
        }
        var command = new ArrayList<>(List.of("node", script));
        for (Path file : files) {
            command.add(file.toAbsolutePath().normalize().toString());
        }
        Path output = null;
        Path errors = null;
        try {
            output = Files.createTempFile("contract-lint", ".out");
            errors = Files.createTempFile("contract-lint", ".err");
            Process process = new ProcessBuilder(command).directory(lint.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " took more than " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(errors));
            }
            var lines = new ArrayList<JsonNode>();
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command + " (is Node.js installed? "
                    + "deploy/lint-setup.sh installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(output);
            deleteQuietly(errors);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind harms nothing.
            }
        }
    }
}
