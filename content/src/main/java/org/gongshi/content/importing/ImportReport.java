package org.gongshi.content.importing;

import java.util.List;

/** Every file an import looked at, in the order it was imported, with counts per outcome. */
public record ImportReport(List<FileOutcome> files) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public long count(ImportOutcome outcome) {
        return files.stream().filter(file -> file.outcome() == outcome).count();
    }

    public long created() {
        return count(ImportOutcome.CREATED);
    }

    public long updated() {
        return count(ImportOutcome.UPDATED);
    }

    public long unchanged() {
        return count(ImportOutcome.UNCHANGED);
    }

    public long failed() {
        return count(ImportOutcome.FAILED);
    }

    public List<FileOutcome> failures() {
        return files.stream().filter(file -> file.outcome() == ImportOutcome.FAILED).toList();
    }

    /** e.g. "共 12 个文件：新增 10，更新 1，未变 0，失败 1". */
    public String summary() {
        return "共 " + files.size() + " 个文件：新增 " + created() + "，更新 " + updated() + "，未变 " + unchanged()
                + "，失败 " + failed();
    }
}
