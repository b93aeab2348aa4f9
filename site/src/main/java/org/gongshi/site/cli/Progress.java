package org.gongshi.site.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the command's error stream that appears once the amount of work is known, so the output stream
 * keeps only the report (and tests that capture the streams keep the console quiet).
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 80;

    private final String task;
    private final PrintWriter err;
    private ProgressBar bar;
    private long done;

    Progress(String task, PrintWriter err) {
        this.task = task;
        this.err = err;
    }

    void start(long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setConsumer(new LineConsumer(err)).build();
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

    /** Redraws the bar in place on one line of {@code err}. */
    private record LineConsumer(PrintWriter err) implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r');
            err.print(rendered);
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
