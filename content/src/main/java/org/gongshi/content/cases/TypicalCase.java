package org.gongshi.content.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.Status;

/**
 * A typical case (典型案例). The three sections are Markdown: 基本案情 ({@code facts}), 执行情况
 * ({@code enforcement}) and 典型意义 ({@code significance}). {@code createdAt}/{@code updatedAt} are set by storage.
 */
public record TypicalCase(
        String slug,
        String title,
        String court,
        String caseNumber,
        String region,
        LocalDate date,
        String category,
        String facts,
        String enforcement,
        String significance,
        List<String> tags,
        boolean featured,
        Status status,
        Instant createdAt,
        Instant updatedAt) {
    public TypicalCase {
        tags = List.copyOf(tags);
    }
}
