package org.gongshi.content.importing;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of one file: {@code slug} of the item it wrote (null when it failed) and, for
 * {@link ImportOutcome#FAILED}, the zh-CN {@code reason} (null otherwise).
 */
public record FileOutcome(String file, ImportOutcome outcome, String slug, String reason) {
    public FileOutcome {
        requireNonNull(file, "file");
        requireNonNull(outcome, "outcome");
    }

    static FileOutcome failed(String file, String reason) {
        return new FileOutcome(file, ImportOutcome.FAILED, null, requireNonNull(reason, "reason"));
    }

    /** One line for a log or the CLI, e.g. "失败 cases/a.md：缺少字段“title”". */
    public String describe() {
        return outcome.label() + " " + file + (reason == null ? "" : "：" + reason);
    }
}
