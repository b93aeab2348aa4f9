package org.gongshi.site.admin.content;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds an item's form values: null shows as an empty field, lists one entry a line or joined by 、. */
final class FormValues {
    private final Map<String, String> values = new HashMap<>();

    FormValues text(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    FormValues date(String name, LocalDate value) {
        return text(name, value == null ? null : value.toString());
    }

    FormValues joined(String name, List<String> entries) {
        return text(name, String.join("、", entries));
    }

    FormValues lines(String name, List<String> lines) {
        return text(name, String.join("\n", lines));
    }

    FormValues flag(String name, boolean value) {
        return text(name, value ? "on" : "");
    }

    Map<String, String> build() {
        return Map.copyOf(values);
    }
}
