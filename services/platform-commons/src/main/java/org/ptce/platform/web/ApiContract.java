package org.ptce.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.ptce.platform.security.ResourceServerAutoConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * What each service's OpenAPI document states beyond what springdoc reads from a controller: the roles an operation
 * needs (from its {@code @PreAuthorize}, as {@code x-roles} and in words), the problems (RFC 9457) it may answer, with
 * their statuses, the {@code Location} of what a 201 created, and no security on the public operations. A 409 is
 * stated by the operations that can conflict, with their reason ({@code @ApiResponse(responseCode = "409")}).
 */
final class ApiContract implements OperationCustomizer, OpenApiCustomizer {

    /**
     * Where a service keeps an example body for each operation that takes JSON, by {@code "METHOD /path"}: a valid
     * request, shown in its document (and the body the bad-input tests break).
     */
    static final String EXAMPLES = "openapi/examples.json";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String ROLES_EXTENSION = "x-roles";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final String JSON = "application/json";

    private final Map<String, JsonNode> examples;

    ApiContract(Map<String, JsonNode> examples) {
        this.examples = Map.copyOf(examples);
    }

    /** The examples of {@link #EXAMPLES}, none when the service has no such file. */
    static Map<String, JsonNode> examples(Resource file) {
        if (!file.exists()) {
            return Map.of();
        }
        try (var in = file.getInputStream()) {
            var examples = new LinkedHashMap<String, JsonNode>();
            new ObjectMapper().readTree(in).fields().forEachRemaining(entry -> examples.put(entry.getKey(),
                    entry.getValue()));
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + EXAMPLES, e);
        }
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule != null) {
            List<String> roles = roles(rule.value());
            operation.addExtension(ROLES_EXTENSION, roles);
            String who = roles.isEmpty() ? "Any signed-in person." : "Needs the role " + String.join(" or ", roles)
                    + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n"
                    + who);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse created = responses.get("201");
        if (created != null) {
            created.addHeaderObject("Location", new Header().description("Where what was created is read")
                    .schema(new StringSchema().format("uri")));
        }
        List<Parameter> parameters = Arrays.asList(handler.getMethod().getParameters());
        boolean body = parameters.stream().anyMatch(parameter -> parameter.isAnnotationPresent(RequestBody.class)
                || parameter.isAnnotationPresent(RequestPart.class));
        problem(responses, "400", "The request is malformed or a field is invalid (wrong type, missing, too long): "
                + "the problem's errors name each field");
        problem(responses, "401", "No valid access token");
        problem(responses, "403", "The person's role, network or ownership does not allow it");
        if (parameters.stream().anyMatch(parameter -> parameter.isAnnotationPresent(PathVariable.class))) {
            problem(responses, "404", "Nothing of that id, or nothing this person may see");
        }
        if (body) {
            problem(responses, "422", "A rule of the platform refuses a field: the problem's errors name it");
        }
        problem(responses, "500", "An unexpected failure: the problem's incident names it in the service's log");
        problem(responses, "503", "The service cannot reach its database for a moment: send the request again "
                + "after Retry-After seconds (a creation whose answer was lost: read first whether it was made)");
        responses.get("503").addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                .description("Seconds to wait before sending the request again").schema(new IntegerSchema()));
        // A status a controller declares itself (a 409, with the reason it conflicts) answers a problem too, not the
        // operation's return type that springdoc gives it.
        responses.forEach((status, response) -> {
            if (status.matches("[45][0-9][0-9]")
                    && (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
                response.content(problemContent());
            }
        });
        return operation;
    }

    /**
     * Adds the problem schema and the examples, and takes security off the public operations (readable without signing
     * in). An example of an operation the service does not have, or that takes no JSON, is a mistake: the document
     * fails rather than drift from the API.
     */
    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        examples.forEach((operation, example) -> jsonBody(api, operation).setExample(example));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith(ResourceServerAutoConfiguration.PUBLIC_API) && item.getGet() != null) {
                item.getGet().setSecurity(List.of());
                item.getGet().getResponses().remove("401");
                item.getGet().getResponses().remove("403");
            }
        });
    }

    private static MediaType jsonBody(OpenAPI api, String operation) {
        String[] methodAndPath = operation.split(" ", 2);
        PathItem item = api.getPaths() == null || methodAndPath.length < 2 ? null
                : api.getPaths().get(methodAndPath[1]);
        Operation described = item == null ? null : item.readOperationsMap().get(
                PathItem.HttpMethod.valueOf(methodAndPath[0]));
        if (described == null || described.getRequestBody() == null || described.getRequestBody().getContent() == null
                || described.getRequestBody().getContent().get(JSON) == null) {
            throw new IllegalStateException(EXAMPLES + " gives an example for " + operation
                    + ", which is no operation of this API taking JSON");
        }
        return described.getRequestBody().getContent().get(JSON);
    }

    static List<String> roles(String rule) {
        var roles = new ArrayList<String>();
        Matcher matcher = ROLE.matcher(rule);
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return List.copyOf(roles);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }

    private static Schema<?> problemSchema() {
        var field = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, as the request named it"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("A problem (RFC 9457)")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("title: must not be blank"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/calls"))
                .addProperty("errors", new ArraySchema().items(field)
                        .description("Each offending field, on a 400 or a 422"))
                .addProperty("incident", new StringSchema()
                        .description("On a 500 or a 503: the id of the incident in the service's log"))
                .example(Map.of("type", "about:blank", "title", "Invalid request", "status", 400,
                        "detail", "title: must not be blank", "instance", "/api/calls",
                        "errors", List.of(Map.of("field", "title", "message", "must not be blank"))));
    }
}
