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

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "从数据库重建搜索索引（网站须先停止）")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Override
    public Integer call() {
        try (SiteCore core = SiteCore.open(DataDirectory.prepare(data), Clock.systemDefaultZone());
                Progress progress = new Progress("重建索引", spec.commandLine().getErr())) {
            core.index().rebuild(new RebuildProgress() {
                @Override
                public void started(long total) {
                    progress.start(total);
                }

                @Override
                public void indexed(long done) {
                    progress.reach(done);
                }
            });
            spec.commandLine().getOut().println("索引已重建：" + progress.done() + " 条");
        }
        return 0;
    }
}
