package org.gongshi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Debian's wrk as the load generator: {@code connections} connections on two threads for {@code seconds}, cycling
 * through the paths given, each request from its own client address (198.18.0.0/15, RFC 2544's benchmark range)
 * through the site's trusted proxy, so that per-client rate limits stay on and never decide the figure.
 */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

    private final int connections;
    private final int seconds;

    Wrk(int connections, int seconds) {
        this.connections = connections;
        this.seconds = seconds;
    }

    /** What one run measured: requests per second, the 99th percentile in milliseconds, and answers that failed. */
    record Result(double perSecond, double p99Millis, long requests, long failed) {}

    Result run(SiteProcess site, List<String> paths) throws IOException, InterruptedException {
        Path script = Files.createTempFile("gongshi-wrk", ".lua");
        try {
            Files.writeString(script, script(paths), StandardCharsets.UTF_8);
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                    "-s", script.toString(), site.uri("/").toString()).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return new Result(number(RATE, output), millis(output), (long) number(REQUESTS, output),
                    NON_2XX.matcher(output).find() ? (long) number(NON_2XX, output) : 0);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Each wrk thread has its own Lua state, so each numbers its clients from its own offset. */
    private static String script(List<String> paths) {
        String quoted = paths.stream().map(path -> "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", "));
        return """
                local paths = {%s}
                local threads = 0
                function setup(thread)
                  thread:set("offset", threads * 32768)
                  threads = threads + 1
                end
                local count = 0
                function request()
                  count = count + 1
                  local client = (offset + count) %% 65536
                  wrk.headers["X-Forwarded-For"] = "198.18." .. math.floor(client / 256) .. "." .. (client %% 256)
                  return wrk.format("GET", paths[(count %% #paths) + 1])
                end
                """.formatted(quoted);
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in wrk's output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static double millis(String output) {
        Matcher matcher = P99.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no 99th percentile in wrk's output: " + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
    }
}
