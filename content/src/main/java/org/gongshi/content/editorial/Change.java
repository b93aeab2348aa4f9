package org.gongshi.content.editorial;

import java.time.Instant;

/** Who did what when, and why: what a revision records besides the row. {@code note} may be null. */
record Change(EditorialAction action, String author, String note, Instant at) {
    static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + "不能为空");
        }
        return text.strip();
    }
}
