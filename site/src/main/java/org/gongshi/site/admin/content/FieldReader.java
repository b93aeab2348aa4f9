package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongshi.content.values.BoundedValues;
import org.gongshi.content.values.InvalidValueException;
import org.gongshi.site.web.Messages;

/**
 * Reads a sent content form into typed values, field by field, and keeps a zh-CN problem per field for what it could
 * not accept; whether a field is required comes from its {@link FormField}. Empty texts are null.
 */
final class FieldReader {
    static final int MAXIMUM_LINE = 300;
    static final int MAXIMUM_TEXT = 200_000;

    private final Map<String, FormField> fields;
    private final Map<String, String> values;
    private final Messages messages;
    private final Map<String, String> problems = new LinkedHashMap<>();

    FieldReader(List<FormField> fields, Map<String, String> values, Messages messages) {
        this.fields = fields.stream().collect(Collectors.toMap(FormField::name, Function.identity()));
        this.values = Map.copyOf(values);
        this.messages = requireNonNull(messages, "messages");
    }

    /** One line of text, without control characters. */
    String text(String name) {
        String value = present(name);
        if (value == null) {
            return null;
        }
        if (value.length() > MAXIMUM_LINE) {
            return refuse(name, "admin.content.error.tooLong", MAXIMUM_LINE);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return refuse(name, "admin.content.error.control");
        }
        return value;
    }

    /** Several lines (Markdown, or one entry a line), with line ends as \n. */
    String block(String name) {
        String value = present(name);
        if (value != null && value.length() > MAXIMUM_TEXT) {
            return refuse(name, "admin.content.error.tooLong", MAXIMUM_TEXT);
        }
        return value;
    }

    /** The non-blank lines of a block, each stripped. */
    List<String> lines(String name) {
        String value = block(name);
        return value == null ? List.of() : value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    LocalDate date(String name) {
        String value = present(name);
        if (value == null) {
            return null;
        }
        try {
            return BoundedValues.date(value);
        } catch (InvalidValueException e) {
            return refuse(name, "admin.content.error.date");
        }
    }

    /** Entries of one line separated by commas or 、, e.g. tags. */
    List<String> list(String name) {
        String value = text(name);
        return value == null ? List.of() : Arrays.stream(value.split("[,，、;；]"))
                .map(String::strip).filter(entry -> !entry.isEmpty()).distinct().toList();
    }

    boolean flag(String name) {
        return "on".equals(values.get(name)) || "true".equals(values.get(name));
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = present(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return value == null ? null : refuse(name, "admin.content.error.choice");
    }

    /** Records the field's first problem and answers null, so a reader can {@code return refuse(…)}. */
    <V> V refuse(String name, String messageKey, Object... arguments) {
        problems.putIfAbsent(name, messages.get(messageKey, arguments));
        return null;
    }

    /** Field name → what is wrong with it, in zh-CN; empty when everything was accepted. */
    Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }

    private String present(String name) {
        FormField field = requireNonNull(fields.get(name), () -> "no field " + name + " in this form");
        String value = values.getOrDefault(name, "").replace("\r\n", "\n").replace('\r', '\n').strip();
        if (value.isEmpty()) {
            if (field.required()) {
                refuse(name, "admin.content.error.required");
            }
            return null;
        }
        return value;
    }
}
