package org.gongshi.content.bulletins;

import java.time.Instant;
import java.time.LocalDate;
import org.gongshi.content.Status;

/**
 * A progress bulletin (工作进展通报) from {@code issuingUnit} covering {@code period} (e.g. 2026年第三季度),
 * dated {@code date}. {@code body} is Markdown; {@code statistics} is null when the bulletin has no table.
 */
public record Bulletin(
        String slug,
        String title,
        String issuingUnit,
        String period,
        LocalDate date,
        String body,
        StatisticsTable statistics,
        Status status,
        Instant createdAt,
        Instant updatedAt) {}
