package org.gongshi.site.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr that appears once the amount of work is known, so stdout keeps only the report. */
final class Progress implements AutoCloseable {
    private final String task;
    private ProgressBar bar;
    private long done;

    Progress(String task) {
        this.task = task;
    }

    void start(long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).build();
    }

    void reach(long count) {
        done = count;
        if (bar != null) {
            bar.stepTo(count);
        }
    }

    void step() {
        reach(done + 1);
    }

    long done() {
        return done;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
