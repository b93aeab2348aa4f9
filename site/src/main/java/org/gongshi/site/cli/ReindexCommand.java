package org.gongshi.site.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.gongshi.index.RebuildProgress;
import org.gongshi.site.DataDirectory;
import org.gongshi.site.SiteCore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "从数据库重建搜索索引和失信被执行人名单索引（网站须先停止）")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Override
    public Integer call() {
        try (SiteCore core = SiteCore.open(DataDirectory.prepare(data), Clock.systemDefaultZone())) {
            try (Progress progress = new Progress("重建索引", spec.commandLine().getErr())) {
                core.index().rebuild(reporting(progress));
                spec.commandLine().getOut().println("索引已重建：" + progress.done() + " 条");
            }
            try (Progress progress = new Progress("重建名单索引", spec.commandLine().getErr())) {
                core.listingIndex().rebuild(reporting(progress));
                spec.commandLine().getOut().println("失信被执行人名单索引已重建：" + progress.done() + " 条");
            }
        }
        return 0;
    }

    private static RebuildProgress reporting(Progress progress) {
        return new RebuildProgress() {
            @Override
            public void started(long total) {
                progress.start(total);
            }

            @Override
            public void indexed(long done) {
                progress.reach(done);
            }
        };
    }
}
