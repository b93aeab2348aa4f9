package org.gongshi.content.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gongshi.content.Status;
import org.gongshi.content.store.StorageException;
import org.gongshi.content.store.Timestamps;

/** A revision's JSON snapshot of a row, read as the texts staff compare. */
final class Snapshot {
    /** Identity and bookkeeping: the same for every revision of an item or different for every one. */
    private static final Set<String> NOT_COMPARED = Set.of("slug", "created_at", "updated_at");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jackson keeps arrays on one line by default; one entry a line lets a changed entry show as a changed line. */
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private final JsonNode row;

    private Snapshot(JsonNode row) {
        this.row = row;
    }

    static Snapshot of(String json) {
        try {
            return new Snapshot(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new StorageException("unreadable revision snapshot: " + e.getOriginalMessage(), e);
        }
    }

    Instant publishAt() {
        JsonNode value = row.get("publish_at");
        return value == null || value.isNull() ? null : Timestamps.parse(value.asText());
    }

    /**
     * The compared fields in column order, each as text: the status by its zh-CN label, flags as 是/否, JSON values
     * pretty-printed (one list entry a line, so they compare line by line); null when the field is empty.
     */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        row.fields().forEachRemaining(field -> {
            if (!NOT_COMPARED.contains(field.getKey())) {
                fields.put(field.getKey(), text(field.getKey(), field.getValue()));
            }
        });
        return fields;
    }

    private static String text(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "是" : "否";
        }
        if (value.isContainerNode()) {
            try {
                return PRETTY.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new StorageException("cannot print " + name + ": " + e.getOriginalMessage(), e);
            }
        }
        return "status".equals(name) ? Status.valueOf(value.asText()).label() : value.asText();
    }
}
