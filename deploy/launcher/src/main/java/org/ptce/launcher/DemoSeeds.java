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
import java.util.HashMap;

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
        var existing = new HashMap<String, JsonNode>();
        get(applicationsUrl + "/api/calls", token).forEach(call -> existing.put(call.get("title").asText(), call));
        int loaded = 0;
        String demoCallId = null;
        for (JsonNode call : json.readTree(calls.toFile())) {
            JsonNode already = existing.get(call.get("title").asText());
            if (already != null) {
                if (demoCallId == null && "OPEN".equals(already.get("status").asText())) {
                    demoCallId = already.get("id").asText();
                }
                continue;
            }
            ObjectNode draft = call.deepCopy();
            // Seeds say how far away a deadline is, so that the demo call is open whenever it is loaded.
            boolean open = draft.remove("open").asBoolean(false);
            draft.put("submissionDeadline", noonInDays(draft.remove("submissionDeadlineInDays").asInt()));
            draft.put("reviewDeadline", noonInDays(draft.remove("reviewDeadlineInDays").asInt()));
            JsonNode created = post(applicationsUrl + "/api/calls", draft.toString(), token);
            if (open) {
                post(applicationsUrl + "/api/calls/" + created.get("id").asText() + "/open", "", token);
                if (demoCallId == null) {
                    demoCallId = created.get("id").asText();
                }
            }
            loaded++;
        }
        int candidacies = demoCallId == null ? 0 : loadCandidacies(seeds, applicationsUrl, issuer, demoCallId);
        Files.writeString(marker, "Demo data of " + seeds + " loaded.\n");
        Log.info("Loaded the demo data of seeds/ (" + loaded + " calls, " + candidacies + " candidacies)");
    }

    /** Each demo candidacy is written, and submitted or not, by its holder, signed in with their demo account. */
    /** Noon, Paris time, so many days from today. */
    private static String noonInDays(int days) {
        return ZonedDateTime.of(LocalDate.now(PARIS).plusDays(days), LocalTime.NOON, PARIS).toInstant().toString();
    }

    private static int loadCandidacies(Path seeds, String applicationsUrl, String issuer, String callId)
            throws IOException, InterruptedException {
        var passwords = new HashMap<String, String>();
        for (JsonNode account : json.readTree(seeds.resolve("accounts.json").toFile())) {
            passwords.put(account.get("username").asText(), account.get("password").asText());
        }
        var tokens = new HashMap<String, String>();
        int loaded = 0;
        for (JsonNode seed : json.readTree(seeds.resolve("candidacies.json").toFile())) {
            String holder = seed.get("holder").asText();
            String token = tokens.get(holder);
            if (token == null) {
                token = signIn(issuer, holder, passwords.get(holder));
                tokens.put(holder, token);
            }
            JsonNode created = post(applicationsUrl + "/api/calls/" + callId + "/candidacies",
                    seed.get("content").toString(), token);
            if (seed.path("submit").asBoolean(false)) {
                post(applicationsUrl + "/api/candidacies/" + created.get("id").asText() + "/submit", "", token);
            }
            loaded++;
        }
        return loaded;
    }

    private static String signIn(String issuer, String username, String password)
            throws IOException, InterruptedException {
        var result = new PkceSignIn(issuer).signIn(username, password);
        if (result.tokenStatus() != 200) {
            throw new IllegalStateException("Seeding failed: " + username + " could not sign in ("
                    + result.signInFailure() + ")");
        }
        return result.accessToken();
    }

    /** The demo data is the coordinator's work: the seeding signs in as the demo coordinator. */
    private static String coordinatorToken(Path seeds, String issuer) throws IOException, InterruptedException {
        for (JsonNode account : json.readTree(seeds.resolve("accounts.json").toFile())) {
            for (JsonNode role : account.get("roles")) {
                if ("COORDINATOR".equals(role.asText())) {
                    return signIn(issuer, account.get("username").asText(), account.get("password").asText());
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
