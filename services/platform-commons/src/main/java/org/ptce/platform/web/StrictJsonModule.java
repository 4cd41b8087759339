package org.ptce.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Refuses, while reading JSON, the values PostgreSQL would refuse when storing them: text holding the NUL character
 * (U+0000) and dates outside the years 1 to 9999. The client gets a 400 naming the field instead of a 500.
 */
public class StrictJsonModule extends SimpleModule {

    static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";
    static final String DATE_OUT_OF_RANGE = "must be a date between the years 1 and 9999";

    private static final Instant EARLIEST = LocalDate.of(1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDate.of(10_000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    public StrictJsonModule() {
        super("ptce-strict-json");
        addDeserializer(String.class, new TextWithoutNul());
        addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT, instant -> instant));
        addDeserializer(OffsetDateTime.class, new Bounded<>(OffsetDateTime.class,
                InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime::toInstant));
        addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                date -> date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new UnstorableValueException(parser, NUL_REFUSED, text, String.class);
            }
            return text;
        }
    }

    private static final class Bounded<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> delegate;
        private final Function<T, Instant> instant;

        Bounded(Class<T> type, JsonDeserializer<T> delegate, Function<T, Instant> instant) {
            super(type);
            this.delegate = delegate;
            this.instant = instant;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            if (value != null) {
                Instant at = instant.apply(value);
                if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
                    throw new UnstorableValueException(parser, DATE_OUT_OF_RANGE, value, handledType());
                }
            }
            return value;
        }
    }
}
