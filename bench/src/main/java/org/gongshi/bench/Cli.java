package org.gongshi.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one command of the site jar in its own JVM, as an operator does, and times it. */
final class Cli {
    private Cli() {}

    /** Seconds the command took; fails when it exits non-zero (its output is kept next to {@code log}). */
    static double time(Path jar, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " exited with " + exit + "; see " + log);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
