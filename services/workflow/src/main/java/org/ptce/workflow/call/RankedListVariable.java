package org.ptce.workflow.call;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.workflow.api.RankedList;
import org.springframework.stereotype.Component;

/**
 * The deliberated list as a process variable: JSON bytes, which the engine keeps in its byte-array table (a string
 * variable holds 4000 characters, less than a list with its motivations) and never Java-serializes.
 */
@Component
public class RankedListVariable {

    private final ObjectMapper objectMapper;

    RankedListVariable(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public byte[] value(RankedList list) {
        try {
            return objectMapper.writeValueAsBytes(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RankedList read(Object value) {
        try {
            return objectMapper.readValue((byte[]) value, RankedList.class);
        } catch (IOException e) {
            throw new IllegalStateException("The deliberated list is not readable", e);
        }
    }
}
