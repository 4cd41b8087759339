package org.ptce.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.ptce.messaging.DeadLetters;
import org.ptce.messaging.MessageSchemas;
import org.ptce.platform.messaging.MessageCatalog;
import org.ptce.testing.ContractLint;

/**
 * The AsyncAPI document says what the code does: the same topics, the same message types on them, and payload
 * schemas that are the API modules' own files, valid, and naming every field of their records.
 */
class AsyncApiDocumentTests {

    private static final Path DOCUMENT = Path.of("asyncapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON Schema draft-07: the dialect AsyncAPI 3.0 requires its tools to read, and the one they do read. */
    private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-07";
    private static final String DIALECT = "http://json-schema.org/draft-07/schema#";

    private final MessageCatalog catalog = MessageCatalog.scan("org.ptce", getClass().getClassLoader());
    private final JsonNode document = read(DOCUMENT);

    @Test
    void documentsEveryTopicItsDeadLetterTopicAndNoOther() {
        Set<String> addresses = new TreeSet<>();
        document.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));

        Set<String> expected = new TreeSet<>(catalog.topics());
        catalog.topics().forEach(topic -> expected.add(DeadLetters.topicFor(topic)));
        assertThat(catalog.topics()).isNotEmpty();
        assertThat(addresses).isEqualTo(expected);
    }

    /** An API module missing from this module's dependencies would escape every check here. */
    @Test
    void checksEveryApiModuleOfTheRepository() throws IOException {
        Set<String> schemaFiles = new TreeSet<>();
        Set<String> sharedParts = new TreeSet<>();
        try (var modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(dir -> dir.getFileName().toString().endsWith("-api")).toList()) {
                Path schemas = module.resolve("src/main/resources/schemas");
                if (Files.isDirectory(schemas)) {
                    try (var files = Files.list(schemas)) {
                        for (Path file : files.toList()) {
                            schemaFiles.add(file.getFileName().toString());
                            JSON.readTree(file.toFile()).findValuesAsText("$ref").forEach(sharedParts::add);
                        }
                    }
                }
            }
        }
        // A part several messages share is checked through the messages that refer to it.
        assertThat(schemaFiles).containsAll(sharedParts);
        schemaFiles.removeAll(sharedParts);

        Set<String> catalogued = new TreeSet<>();
        catalog.entries().forEach(entry -> catalogued.add(Path.of(MessageSchemas.location(entry.type()))
                .getFileName().toString()));
        assertThat(catalogued).isEqualTo(schemaFiles);
    }

    @Test
    void documentsEveryMessageTypeOnItsTopic() {
        Map<String, String> topicOfDocumentedType = new HashMap<>();
        for (JsonNode channel : iterable(document.get("channels"))) {
            if (channel.get("address").asText().endsWith(DeadLetters.topicFor(""))) {
                continue;
            }
            for (JsonNode reference : iterable(channel.get("messages"))) {
                JsonNode message = resolve(reference.get("$ref").asText());
                topicOfDocumentedType.put(message.get("name").asText(), channel.get("address").asText());
            }
        }

        Map<String, String> topicOfType = new HashMap<>();
        catalog.entries().forEach(entry -> topicOfType.put(entry.type(), entry.topic()));
        assertThat(topicOfDocumentedType).isEqualTo(topicOfType);
    }

    @Test
    void payloadsAreTheApiModulesSchemasValidAndComplete() throws IOException {
        var metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(URI.create("http://json-schema.org/draft-07/schema"));
        for (JsonNode message : iterable(document.at("/components/messages"))) {
            if (!catalog.knows(message.get("name").asText())) {
                continue;
            }
            var entry = catalog.forType(message.get("name").asText());
            assertThat(message.at("/payload/schemaFormat").asText()).as("schema format of %s", entry.type())
                    .isEqualTo(SCHEMA_FORMAT);
            Path schemaFile = DOCUMENT.toAbsolutePath().getParent()
                    .resolve(message.at("/payload/schema/$ref").asText()).normalize();

            assertThat(schemaFile).as("payload of %s", entry.type()).exists();
            JsonNode documented = JSON.readTree(schemaFile.toFile());
            assertThat(documented).as("schema file of %s", entry.type()).isEqualTo(classpathSchema(entry.type()));
            assertThat(documented.get("$schema").asText()).as("dialect of %s", entry.type()).isEqualTo(DIALECT);
            assertThat(metaSchema.validate(documented)).as("%s is a valid JSON Schema", entry.type()).isEmpty();

            var fields = new TreeSet<String>();
            for (var component : entry.javaType().getRecordComponents()) {
                fields.add(component.getName());
            }
            var properties = new TreeSet<String>();
            documented.get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as("schema properties of %s", entry.type()).isEqualTo(fields);
        }
    }

    /**
     * The AsyncAPI Initiative's parser resolves every reference (the payloads' files, the parts they share), checks the
     * document against the specification and each payload against its declared schema format.
     */
    @Test
    void theAsyncApiParserReadsItWithNeitherErrorNorWarning() {
        List<JsonNode> diagnostics = ContractLint.run("asyncapi-diagnostics.mjs", DOCUMENT);

        assertThat(diagnostics).filteredOn(line -> line.has("severity"))
                .filteredOn(line -> Set.of("error", "warning").contains(line.get("severity").asText()))
                .isEmpty();
        assertThat(diagnostics).last().extracting(line -> line.path("parsed").asBoolean()).isEqualTo(true);
    }

    private JsonNode classpathSchema(String type) throws IOException {
        try (InputStream schema = getClass().getClassLoader().getResourceAsStream(MessageSchemas.location(type))) {
            return JSON.readTree(schema);
        }
    }

    private JsonNode resolve(String localReference) {
        assertThat(localReference).startsWith("#/");
        return document.at(localReference.substring(1));
    }

    private static JsonNode read(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + yaml.toAbsolutePath(), e);
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> children = new ArrayList<>();
        Iterator<JsonNode> elements = node.elements();
        elements.forEachRemaining(children::add);
        return children;
    }
}
