package org.gongshi.site.admin.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongshi.site.web.ChineseDates;

/** The publication time typed into {@code <input type="datetime-local">}: Beijing time, whatever the server's zone. */
final class PublishTime {
    static final String FIELD = "publish_at";
    private static final Pattern LOCAL = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?");

    private PublishTime() {}

    /** Empty for an empty field (publish at once); throws IllegalArgumentException for text that is no such time. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (LOCAL.matcher(value).matches()) {
                return Optional.of(LocalDateTime.parse(value).atZone(ChineseDates.BEIJING).toInstant());
            }
        } catch (DateTimeParseException e) {
            // falls through: a well-formed but impossible time, such as 02-30
        }
        throw new IllegalArgumentException("not a local date and time: " + value);
    }
}
