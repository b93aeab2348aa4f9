package org.gongshi.content.editorial;

import java.time.Instant;
import org.gongshi.content.Status;

/**
 * One entry of an item's history: revision {@code number} (1, 2, 3 … per item) saved at {@code savedAt} by
 * {@code author} (a staff account, or {@value EditorialWorkflow#IMPORT_AUTHOR} / {@value
 * EditorialWorkflow#SCHEDULER_AUTHOR}), what they did, the status it left the item in, and their note (may be null).
 */
public record RevisionSummary(
        String slug, int number, Instant savedAt, String author, EditorialAction action, Status status, String note) {}
