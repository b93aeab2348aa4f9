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
        return timeWithInput(jar, log, "", arguments);
    }

    /** The same, with {@code input} on the command's standard input (e.g. a password for --password-stdin). */
    static double timeWithInput(Path jar, Path log, String input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " exited with " + exit + "; see " + log);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
