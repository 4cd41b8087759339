package org.ptce.platform.messaging;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import org.ptce.messaging.MessageSchemas;
import org.ptce.messaging.MessageType;
import org.ptce.messaging.PlatformMessage;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every message type this service can send or handle: the {@link MessageType}-annotated records found in the API
 * modules on its classpath, each with its topic and its JSON Schema.
 */
public final class MessageCatalog {

    /** One message type of the catalogue. */
    public record Entry(Class<? extends PlatformMessage> javaType, String type, String topic, JsonSchema schema) {
    }

    private final Map<String, Entry> byType;
    private final Map<Class<?>, Entry> byJavaType = new LinkedHashMap<>();

    private MessageCatalog(Map<String, Entry> byType) {
        this.byType = byType;
        byType.values().forEach(entry -> byJavaType.put(entry.javaType(), entry));
    }

    /** Finds the message types declared under {@code basePackage} on the given class loader. */
    public static MessageCatalog scan(String basePackage, ClassLoader classLoader) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(MessageType.class));
        var entries = new LinkedHashMap<String, Entry>();
        scanner.findCandidateComponents(basePackage).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), classLoader))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(javaType -> {
                    Entry entry = entryFor(javaType, classLoader);
                    Entry clash = entries.putIfAbsent(entry.type(), entry);
                    if (clash != null) {
                        throw new IllegalStateException("Message type " + entry.type() + " is declared by both "
                                + clash.javaType().getName() + " and " + javaType.getName());
                    }
                });
        return new MessageCatalog(entries);
    }

    public Collection<Entry> entries() {
        return byType.values();
    }

    public Entry forType(String type) {
        Entry entry = byType.get(type);
        if (entry == null) {
            throw new IllegalArgumentException("Unknown message type " + type);
        }
        return entry;
    }

    public boolean knows(String type) {
        return byType.containsKey(type);
    }

    public Entry forJavaType(Class<?> javaType) {
        Entry entry = byJavaType.get(javaType);
        if (entry == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not a message type: annotate it with @"
                    + MessageType.class.getSimpleName() + " in an API module under org.ptce");
        }
        return entry;
    }

    /** All topics of the catalogue, sorted. */
    public Set<String> topics() {
        var topics = new TreeSet<String>();
        byType.values().forEach(entry -> topics.add(entry.topic()));
        return topics;
    }

    /**
     * The reasons the payload does not conform to the type's schema, or an empty set when it does.
     */
    public Set<String> violations(Entry entry, JsonNode payload) {
        var violations = new TreeSet<String>();
        for (ValidationMessage message : entry.schema().validate(payload)) {
            violations.add(message.getMessage());
        }
        return violations;
    }

    @SuppressWarnings("unchecked")
    private static Entry entryFor(Class<?> javaType, ClassLoader classLoader) {
        if (!PlatformMessage.class.isAssignableFrom(javaType)) {
            throw new IllegalStateException(javaType.getName() + " is annotated with @MessageType but is not a "
                    + PlatformMessage.class.getSimpleName());
        }
        MessageType declaration = javaType.getAnnotation(MessageType.class);
        return new Entry((Class<? extends PlatformMessage>) javaType, declaration.value(), declaration.topic(),
                loadSchema(declaration.value(), classLoader));
    }

    private static JsonSchema loadSchema(String type, ClassLoader classLoader) {
        String location = MessageSchemas.location(type);
        if (classLoader.getResource(location) == null) {
            throw new IllegalStateException("Message type " + type + " has no JSON Schema at classpath:" + location);
        }
        var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        // Read from where the schema is, so that its references to shared parts, relative, resolve beside it.
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, factory -> factory.schemaLoaders(
                        loaders -> loaders.values(all -> all.add(0, new ClasspathSchemaLoader(() -> classLoader)))))
                .getSchema(SchemaLocation.of("classpath:" + location), config);
    }
}
