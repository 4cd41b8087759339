package org.ptce.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ptce.identity.client.PkceSignIn;

/**
 * Loads the demo data of {@code seeds/} through the services' own APIs, as a coordinator would, so that a newcomer
 * finds a living call: the messages flow and the processes run as for real data. Loaded once per data directory.
 */
final class DemoSeeds {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String LOADED_MARKER = "seeds-loaded";
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoSeeds() {
    }

    static void loadOnce(Path seeds, Path dataDirectory, String applicationsUrl, String issuer)
            throws IOException, InterruptedException {
        Path marker = dataDirectory.resolve(LOADED_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        String token = coordinatorToken(seeds, issuer);
        Path calls = seeds.resolve("calls.json");
        // A launch stopped half-way through seeding left some calls: those are not created twice.
        var existingTitles = new HashSet<String>();
        get(applicationsUrl + "/api/calls", token).forEach(call -> existingTitles.add(call.get("title").asText()));
        int loaded = 0;
        for (JsonNode call : json.readTree(calls.toFile())) {
            if (existingTitles.contains(call.get("title").asText())) {
                continue;
            }
            ObjectNode draft = call.deepCopy();
            // Seeds say how far away a deadline is, so that the demo call is open whenever it is loaded.
            int days = draft.remove("submissionDeadlineInDays").asInt();
            boolean open = draft.remove("open").asBoolean(false);
            draft.put("submissionDeadline", ZonedDateTime.of(LocalDate.now(PARIS).plusDays(days),
                    LocalTime.NOON, PARIS).toInstant().toString());
            JsonNode created = post(applicationsUrl + "/api/calls", draft.toString(), token);
            if (open) {
                post(applicationsUrl + "/api/calls/" + created.get("id").asText() + "/open", "", token);
            }
            loaded++;
        }
        Files.writeString(marker, "Demo data of " + seeds + " loaded.\n");
        Log.info("Loaded the demo data of seeds/ (" + loaded + " calls)");
    }

    /** The demo data is the coordinator's work: the seeding signs in as the demo coordinator. */
    private static String coordinatorToken(Path seeds, String issuer) throws IOException, InterruptedException {
        for (JsonNode account : json.readTree(seeds.resolve("accounts.json").toFile())) {
            for (JsonNode role : account.get("roles")) {
                if ("COORDINATOR".equals(role.asText())) {
                    var result = new PkceSignIn(issuer).signIn(account.get("username").asText(),
                            account.get("password").asText());
                    if (result.tokenStatus() != 200) {
                        throw new IllegalStateException("Seeding failed: the demo coordinator could not sign in ("
                                + result.signInFailure() + ")");
                    }
                    return result.accessToken();
                }
            }
        }
        throw new IllegalStateException("Seeding failed: seeds/accounts.json has no coordinator");
    }

    private static JsonNode get(String url, String token) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Seeding failed: GET " + url + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private static JsonNode post(String url, String body, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Seeding failed: POST " + url + " answered " + response.statusCode()
                    + " " + response.body());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }
}
