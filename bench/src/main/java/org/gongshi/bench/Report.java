package org.gongshi.bench;

import java.util.Locale;

/** Prints one figure per line with its baseline and the ratio between them. */
final class Report {
    private Report() {}

    static void heading(String title) {
        System.out.printf(Locale.ROOT, "%n## %s%n", title);
    }

    static void figure(String name, double value, String unit, String baselineName, double baseline) {
        System.out.printf(Locale.ROOT, "%-50s %9.2f %-3s  baseline %-26s %9.2f %-3s  ratio %6.2f%n",
                name, value, unit, baselineName, baseline, unit, value / baseline);
    }

    /** A figure with nothing honest to compare it to on this machine. */
    static void value(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "%-50s %9.2f %-3s%n", name, value, unit);
    }

    static void line(String text) {
        System.out.println(text);
    }
}
