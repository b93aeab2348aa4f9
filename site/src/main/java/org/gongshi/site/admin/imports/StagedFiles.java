package org.gongshi.site.admin.imports;

import java.util.Locale;
import java.util.Set;

/** Which uploaded file names each kind of import takes, by extension, as the CLI does. */
final class StagedFiles {
    static final Set<String> DOCUMENTS = Set.of("md", "txt");
    static final Set<String> LISTINGS = Set.of("csv", "jsonl", "ndjson");
    private static final int MAX_NAME_LENGTH = 200;

    private StagedFiles() {}

    /** The lowercase extension, or "" when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name as staff will see it again: without any folder a browser sent, and not endlessly long. */
    static String displayName(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        String extension = extension(name);
        return name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH - extension.length() - 2)) + "…."
                + extension;
    }
}
