package org.ptce.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Sends a service a generated set of bad inputs, on every operation its OpenAPI document lists, and fails on any
 * answer of 500 or more, or any 4xx that is not an RFC 9457 problem, or an operation taking JSON without an example in
 * the document. Each JSON body is derived from a valid one (given by the test, or else the document's example) by
 * breaking one place at a time: the NUL character in a
 * text, {@code [null]} in a list, an instant PostgreSQL cannot store, a number where a boolean or an enum is due, a key
 * given twice, huge texts and numbers, wrong types, truncated JSON. Query parameters get the same treatment.
 */
public final class BadInputSweep {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final String HUGE_TEXT = "x".repeat(100_000);

    private final URI baseUrl;
    private final Map<String, String> people = new LinkedHashMap<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, JsonNode> examples = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BadInputSweep(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static BadInputSweep against(String baseUrl) {
        return new BadInputSweep(URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1)
                : baseUrl));
    }

    /** Sends every request also as this person (a bearer access token), besides anonymously. */
    public BadInputSweep as(String who, String accessToken) {
        people.put(who, accessToken);
        return this;
    }

    /** The value of a path variable (an existing call, a candidacy of the person): a random UUID otherwise. */
    public BadInputSweep pathVariable(String name, Object value) {
        pathValues.put(name, String.valueOf(value));
        return this;
    }

    /** A valid body for an operation ({@code "POST /api/calls"}), to break instead of the one generated. */
    public BadInputSweep example(String operation, Object body) {
        examples.put(operation, body instanceof JsonNode node ? node : JSON.valueToTree(body));
        return this;
    }

    /** Sends it all and fails on any 5xx (or unproblematic 4xx), naming each; prints what it sent and got. */
    public Outcome run() {
        JsonNode document = read(get("/v3/api-docs"));
        var outcome = new Outcome();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase();
            if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                sweep(document, method, path.getKey(), op.getValue(), outcome);
            }
        }));
        System.out.println(outcome);
        assertThat(outcome.failures).as("bad inputs answered with a server error or without a problem body")
                .isEmpty();
        assertThat(outcome.operations).as("operations swept").isPositive();
        assertThat(outcome.withoutExample).as("operations taking JSON whose document shows no example body")
                .isEmpty();
        return outcome;
    }

    private void sweep(JsonNode document, String method, String template, JsonNode operation, Outcome outcome) {
        outcome.operations++;
        String path = path(template);
        var queryParameters = new ArrayList<String>();
        operation.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())) {
                queryParameters.add(parameter.path("name").asText());
            }
        });
        Matcher variables = PATH_VARIABLE.matcher(template);
        while (variables.find()) {
            String variable = variables.group(1);
            for (String value : List.of("not-a-uuid", "-1", "%00", "a%00b", "x".repeat(3_000))) {
                String broken = template.replace("{" + variable + "}", value);
                send(method, path(broken), null, "application/json",
                        template + " with " + variable + "=" + abbreviated(value), outcome);
            }
        }
        for (String parameter : queryParameters) {
            for (String value : List.of("\u0000", "a\u0000b", "-1", "0", "99999999999999999999", "abc", "1e400",
                    "x".repeat(4_000), "")) {
                send(method, path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), null,
                        "application/json", template + " with " + parameter + "=" + abbreviated(value), outcome);
            }
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        JsonNode documented = operation.path("requestBody").path("content").path("application/json").path("example");
        if (documented.isMissingNode()) {
            outcome.withoutExample.add(method + " " + template);
        }
        JsonNode valid = examples.getOrDefault(method + " " + template,
                documented.isMissingNode() ? generate(document, schema, 0) : documented);
        var bodies = new LinkedHashMap<String, String>();
        bodies.put("the valid body", valid.toString());
        bodies.put("no body", "");
        bodies.put("null", "null");
        bodies.put("an array", "[" + valid + "]");
        bodies.put("a string", "\"x\"");
        bodies.put("truncated JSON", valid.toString().substring(0, valid.toString().length() / 2));
        bodies.put("not JSON", "<candidacy/>");
        bodies.put("deeply nested", "[".repeat(5_000) + "]".repeat(5_000));
        if (valid instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            bodies.put("key " + first + " given twice",
                    "{\"" + first + "\":" + object.get(first) + "," + valid.toString().substring(1));
            bodies.put("an unknown field", "{\"unknownField\":1," + valid.toString().substring(1));
        }
        leaves(valid, "", (place, broken) -> bodies.put(place, broken.toString()), valid);
        bodies.forEach((what, body) -> send(method, path, body, "application/json", template + " with " + what,
                outcome));
        send(method, path, valid.toString(), "text/plain", template + " as text/plain", outcome);
    }

    /** Calls {@code found} with each copy of {@code root} broken in one place, named by where and how. */
    private static void leaves(JsonNode node, String where, Breakage found, JsonNode root) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                leaves(node.get(name), where.isEmpty() ? name : where + "." + name, found, root);
            }
            breakAt(root, where, NODES.arrayNode(), "an array", found);
            breakAt(root, where, NODES.nullNode(), "null", found);
        } else if (node.isArray()) {
            breakAt(root, where, NODES.arrayNode().addNull(), "[null]", found);
            breakAt(root, where, NODES.textNode("x"), "a string", found);
            breakAt(root, where, NODES.nullNode(), "null", found);
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 5_000; i++) {
                many.add(node.isEmpty() ? NODES.textNode("x") : node.get(0));
            }
            breakAt(root, where, many, "5000 elements", found);
            if (!node.isEmpty()) {
                leaves(node.get(0), where + "[0]", found, root);
            }
        } else if (node.isTextual()) {
            breakAt(root, where, NODES.textNode("a\u0000b"), "a NUL character", found);
            breakAt(root, where, NODES.textNode(HUGE_TEXT), "100000 characters", found);
            breakAt(root, where, NODES.numberNode(7), "the number 7", found);
            breakAt(root, where, NODES.objectNode(), "an object", found);
            breakAt(root, where, NODES.textNode(""), "an empty text", found);
            breakAt(root, where, NODES.nullNode(), "null", found);
            if (INSTANT.matcher(node.asText()).matches()) {
                breakAt(root, where, NODES.textNode("+294277-01-01T00:00:00Z"), "the year 294277", found);
                breakAt(root, where, NODES.textNode("-290000-01-01T00:00:00Z"), "the year -290000", found);
                breakAt(root, where, NODES.textNode("2026-13-45T25:61:00Z"), "an impossible date", found);
            }
        } else if (node.isNumber()) {
            breakAt(root, where, NODES.textNode("3"), "the text \"3\"", found);
            breakAt(root, where, NODES.numberNode(3.7), "3.7", found);
            breakAt(root, where, NODES.numberNode(-1), "-1", found);
            breakAt(root, where, NODES.numberNode(new BigInteger("99999999999999999999")), "2^66",
                    found);
            breakAt(root, where, NODES.rawValueNode(new RawValue("1e400")),
                    "1e400", found);
            breakAt(root, where, NODES.booleanNode(true), "true", found);
            breakAt(root, where, NODES.nullNode(), "null", found);
        } else if (node.isBoolean()) {
            breakAt(root, where, NODES.numberNode(1), "the number 1", found);
            breakAt(root, where, NODES.textNode("true"), "the text \"true\"", found);
            breakAt(root, where, NODES.nullNode(), "null", found);
        }
    }

    private static void breakAt(JsonNode root, String where, JsonNode replacement, String how, Breakage found) {
        if (where.isEmpty()) {
            return;
        }
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        String[] steps = where.replace("[0]", ".[0]").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].equals("[0]") ? parent.get(0) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.equals("[0]")) {
            ((ArrayNode) parent).set(0, replacement);
        } else {
            ((ObjectNode) parent).set(last, replacement);
        }
        found.broken(where + " as " + how, copy);
    }

    /** A body the schema accepts, as far as its types, formats, enums and bounds tell. */
    private static JsonNode generate(JsonNode document, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return depth > 8 ? NODES.nullNode()
                    : generate(document, document.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("allOf")) {
            return generate(document, schema.get("allOf").get(0), depth + 1);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return generate(document, schema.has("oneOf") ? schema.get("oneOf").get(0) : schema.get("anyOf").get(0),
                    depth + 1);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(property ->
                        object.set(property.getKey(), generate(document, property.getValue(), depth + 1)));
                if (schema.path("additionalProperties").isObject()) {
                    object.set("c1", generate(document, schema.get("additionalProperties"), depth + 1));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(generate(document, schema.path("items"), depth + 1));
            case "integer", "number" -> NODES.numberNode(Math.max(schema.path("minimum").asLong(1),
                    Math.min(1, schema.path("maximum").asLong(1))));
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (schema.path("format").asText()) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date-time" -> NODES.textNode(Instant.now().plus(30, ChronoUnit.DAYS).toString());
                case "date" -> NODES.textNode(LocalDate.now().plusDays(30).toString());
                case "email" -> NODES.textNode("personne@example.org");
                default -> NODES.textNode("x".repeat(Math.max(1, schema.path("minLength").asInt(5))));
            };
        };
    }

    private String path(String template) {
        Matcher variables = PATH_VARIABLE.matcher(template);
        var path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, pathValues.getOrDefault(variables.group(1),
                    UUID.randomUUID().toString()));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private void send(String method, String path, String body, String contentType, String what, Outcome outcome) {
        var tokens = new LinkedHashMap<String, String>();
        tokens.put("anonymous", null);
        tokens.putAll(people);
        tokens.forEach((who, token) -> {
            var request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Accept", "application/json, application/problem+json");
            if (body != null) {
                request.header("Content-Type", contentType);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = exchange(request.build());
            outcome.count(response.statusCode());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 500
                    || response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                outcome.failures.add(method + " " + what + " as " + who + ": " + response.statusCode() + " "
                        + abbreviated(response.body()));
            }
        });
    }

    private HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(30)).build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("the OpenAPI document").isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI document is not JSON", e);
        }
    }

    private static String abbreviated(String text) {
        String shown = text.replace("\u0000", "\\u0000");
        return shown.length() > 300 ? shown.substring(0, 300) + "…" : shown;
    }

    @FunctionalInterface
    private interface Breakage {
        void broken(String where, JsonNode body);
    }

    /** What the sweep sent and what came back. */
    public static final class Outcome {

        private int operations;
        private int requests;
        private final Map<Integer, Integer> byStatusClass = new LinkedHashMap<>();
        private final List<String> failures = new ArrayList<>();
        private final List<String> withoutExample = new ArrayList<>();

        private void count(int status) {
            requests++;
            byStatusClass.merge(status / 100, 1, Integer::sum);
        }

        public int requests() {
            return requests;
        }

        /** How many answers had this status class (2 for 2xx, 4 for 4xx…). */
        public int answered(int statusClass) {
            return byStatusClass.getOrDefault(statusClass, 0);
        }

        @Override
        public String toString() {
            var text = new StringBuilder("Bad-input sweep: " + requests + " requests to " + operations
                    + " operations; answers");
            byStatusClass.forEach((statusClass, count) -> text.append(' ').append(statusClass).append("xx=")
                    .append(count));
            failures.forEach(failure -> text.append("\n  ").append(failure));
            return text.toString();
        }
    }
}
