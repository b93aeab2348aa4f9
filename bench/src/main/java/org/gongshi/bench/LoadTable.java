package org.gongshi.bench;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Lines of wrk runs against one running site, each printed with its requests per second, its share of the floor (the
 * same server's {@code GET /healthz}, measured again right before each line, since on a shared machine the floor
 * drifts within one run), its 99th percentile, failed requests, the floor it was compared with, and its target.
 */
final class LoadTable {
    private final SiteProcess site;
    private final Wrk wrk;
    private Wrk.Result floor;

    /** What a line must reach: a share of the floor and a 99th percentile. */
    record Target(double share, double p99Millis) {
        /** The target, ticked when a line of this share and 99th percentile meets it. */
        String against(double measuredShare, double measuredP99Millis) {
            boolean met = measuredShare >= share && measuredP99Millis <= p99Millis;
            return String.format(Locale.ROOT, "≥ %.2f, p99 ≤ %.0f ms %s", share, p99Millis, met ? "✓" : "✗");
        }
    }

    private LoadTable(SiteProcess site, Wrk wrk, Wrk.Result floor) {
        this.site = site;
        this.wrk = wrk;
        this.floor = floor;
    }

    /** Warms up {@code /healthz} and every set of paths to be measured, measures the floor and prints the header. */
    static LoadTable start(SiteProcess site, Wrk wrk, Collection<List<String>> warmUps)
            throws IOException, InterruptedException {
        // A cold JVM would make the floor low and every share look better: warm every route up first.
        Wrk warmUp = new Wrk(16, 2);
        warmUp.run(site, List.of("/healthz"));
        for (List<String> paths : warmUps) {
            warmUp.run(site, paths);
        }
        LoadTable table = new LoadTable(site, wrk, wrk.run(site, List.of("/healthz")));
        Report.line(String.format(Locale.ROOT, "%-44s %10s %8s %9s %7s %8s  %s", "route", "req/s", "share", "p99 ms",
                "failed", "floor/s", "target"));
        table.print("GET /healthz (the floor)", table.floor, "floor");
        return table;
    }

    /** Measures the floor again, then runs wrk on {@code paths} and prints the line. */
    Wrk.Result measure(String name, List<String> paths, Target target) throws IOException, InterruptedException {
        floor = wrk.run(site, List.of("/healthz"));
        Wrk.Result result = wrk.run(site, paths);
        print(name, result, target);
        return result;
    }

    /** Prints the line of a run made elsewhere (e.g. while something else was measured), against the latest floor. */
    void print(String name, Wrk.Result result, Target target) {
        print(name, result, target.against(result.perSecond() / floor.perSecond(), result.p99Millis()));
    }

    private void print(String name, Wrk.Result result, String target) {
        Report.line(String.format(Locale.ROOT, "%-44s %10.0f %8.3f %9.1f %7d %8.0f  %s", name, result.perSecond(),
                result.perSecond() / floor.perSecond(), result.p99Millis(), result.failed(), floor.perSecond(),
                target));
    }
}
