package org.gongshi.site.admin.imports;

import java.util.Set;
import org.gongshi.content.staging.StagedImport;
import org.gongshi.site.web.ChineseDates;

/** A staged import as its review page heads it: who staged which file when, and what became of it. */
public record StagedView(long id, String kind, String fileName, String fileHash, String stagedBy, String stagedAt,
        String state, boolean awaiting, String decidedBy, String decidedAt, String outcome) {
    /** The results a decision redirects with, e.g. ?done=published. */
    static final Set<String> DONE = Set.of("draft", "published", "discarded");

    static StagedView of(StagedImport staged) {
        return new StagedView(staged.id(), staged.kind().label(), staged.fileName(), staged.fileHash(),
                staged.stagedBy(), ChineseDates.dateTime(staged.stagedAt()), staged.state().label(),
                staged.awaiting(), staged.decidedBy().orElse(null),
                staged.decidedAt().map(ChineseDates::dateTime).orElse(null), staged.outcome().orElse(null));
    }
}
