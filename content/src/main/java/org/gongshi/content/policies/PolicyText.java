package org.gongshi.content.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.Link;
import org.gongshi.content.Status;

/**
 * A policy text (政策文件): {@code issuer} is the 发布机关, {@code documentNumber} the 文号 as printed,
 * {@code writtenOn} the 成文日期 and {@code effectiveOn} the 施行日期 (either may be null when the text does not
 * say). {@code supersededBy} is the slug of the text that replaced this one, or null. {@code body} is Markdown.
 */
public record PolicyText(
        String slug,
        String title,
        String issuer,
        String documentNumber,
        LocalDate writtenOn,
        LocalDate effectiveOn,
        Validity validity,
        String supersededBy,
        List<Link> interpretations,
        String body,
        Status status,
        Instant createdAt,
        Instant updatedAt) {
    public PolicyText {
        interpretations = List.copyOf(interpretations);
    }
}
