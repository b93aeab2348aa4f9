package org.gongshi.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The real site jar in its own JVM, as an operator runs it. */
final class SiteProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final long readyAfterNanos;
    private final AtomicLong clients = new AtomicLong();

    private SiteProcess(Process process, int port, long readyAfterNanos) {
        this.process = process;
        this.port = port;
        this.readyAfterNanos = readyAfterNanos;
    }

    /** Starts the jar and returns once {@code /healthz} answers 200; the time taken is {@link #readyAfter()}. */
    static SiteProcess start(Path jar, Path data, boolean demo) throws IOException, InterruptedException {
        return start(jar, data, List.of(), demo ? List.of("--demo") : List.of());
    }

    /**
     * A request as if from one of many clients behind a trusted proxy: the benchmark measures the engine, and the
     * per-client rate limits it would otherwise hit stay on and in the path. Addresses come from 198.18.0.0/15, the
     * range set aside for benchmarks (RFC 2544); nothing is sent anywhere but this machine.
     */
    HttpRequest request(String pathAndQuery) {
        return requestBuilder(pathAndQuery).build();
    }

    /** The same, to finish as a POST or with more headers. */
    HttpRequest.Builder requestBuilder(String pathAndQuery) {
        long client = clients.getAndIncrement();
        return HttpRequest.newBuilder(uri(pathAndQuery))
                .header("X-Forwarded-For", "198." + (18 + (client >> 16 & 1)) + "." + (client >> 8 & 255) + "." + (client & 255));
    }

    /** Starts the jar with extra JVM options (e.g. -Xmx512m) and extra {@code serve} options. */
    static SiteProcess start(Path jar, Path data, List<String> jvmOptions, List<String> serveOptions)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port), "--data", data.toString(),
                "--trusted-proxy", "127.0.0.1"));
        command.addAll(serveOptions);
        long started = System.nanoTime();
        // Appended: a restart over the same data (after a crash, say) keeps what the earlier runs logged.
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(data).toFile())).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
        long deadline = started + Duration.ofSeconds(600).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the site exited with " + process.exitValue() + "; see its log next to " + data);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new SiteProcess(process, port, System.nanoTime() - started);
                }
            } catch (IOException notYetListening) {
                // the port opens a moment after the JVM starts
            }
            Thread.sleep(5);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the site was not ready within 600 s");
    }

    /** Where the site's output goes: next to its data directory. */
    static Path log(Path data) {
        return data.resolveSibling(data.getFileName() + ".log");
    }

    /**
     * Kills the site with SIGKILL, as the kernel's OOM killer would: no shutdown hook, no closing of the database, the
     * index or the connections. Returns once it is gone; fails if it was not a SIGKILL.
     */
    void kill() throws InterruptedException {
        // destroyForcibly is SIGKILL on Linux and macOS; a JVM killed by a signal exits with 128 + its number.
        int exit = process.destroyForcibly().waitFor();
        if (exit != 128 + 9) {
            throw new IllegalStateException("the site exited with " + exit + ", not 137 (SIGKILL)");
        }
    }

    Duration readyAfter() {
        return Duration.ofNanos(readyAfterNanos);
    }

    long pid() {
        return process.pid();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
