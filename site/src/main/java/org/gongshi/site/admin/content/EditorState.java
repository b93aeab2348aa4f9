package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The form as this request shows it: the texts of its fields (as stored, or as sent when refused or previewed), the
 * problems found in them, the note, and whether the Markdown fields are shown rendered.
 */
record EditorState(Map<String, String> values, Map<String, String> problems, String note, boolean preview) {
    EditorState {
        values = Map.copyOf(requireNonNull(values, "values"));
        problems = Map.copyOf(requireNonNull(problems, "problems"));
        note = note == null ? "" : note;
    }

    static EditorState showing(Map<String, String> values) {
        return new EditorState(values, Map.of(), "", false);
    }

    String value(String name) {
        return values.getOrDefault(name, "");
    }
}
