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
 * through the site's trusted proxy, so that per-client rate limits stay on and never decide the figure. Each thread
 * cycles through its own share of the paths (all of them when there is one): a path is asked again only after every
 * other path of its thread, so a cycle longer than twice a server's cache of recent answers is never served from it.
 */
final class Wrk {
    private static final int THREADS = 2;
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final int connections;
    private final int seconds;

    Wrk(int connections, int seconds) {
        this.connections = connections;
        this.seconds = seconds;
    }

    /**
     * What one run measured: requests per second, the 99th percentile in milliseconds, and requests that failed: a
     * status other than 2xx or 3xx, or no answer (a socket error, or none within wrk's 2 s timeout).
     */
    record Result(double perSecond, double p99Millis, long requests, long failed) {}

    Result run(SiteProcess site, List<String> paths) throws IOException, InterruptedException {
        Path script = Files.createTempFile("gongshi-wrk", ".lua");
        try {
            Files.writeString(script, script(paths), StandardCharsets.UTF_8);
            Process wrk = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + connections, "-d" + seconds + "s",
                    "--latency", "-s", script.toString(), site.uri("/").toString()).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return new Result(number(RATE, output), millis(output), (long) number(REQUESTS, output),
                    (NON_2XX.matcher(output).find() ? (long) number(NON_2XX, output) : 0) + unanswered(output));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Each wrk thread has its own Lua state: it numbers its clients from its own offset and takes its own paths. */
    private static String script(List<String> paths) {
        String quoted = paths.stream().map(path -> "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", "));
        return """
                local paths = {%s}
                local threads = 0
                function setup(thread)
                  thread:set("id", threads)
                  threads = threads + 1
                end
                local mine = {}
                function init(args)
                  for i = id + 1, #paths, %d do
                    mine[#mine + 1] = paths[i]
                  end
                  if #mine == 0 then
                    mine = paths
                  end
                end
                local count = 0
                function request()
                  count = count + 1
                  local client = (id * 32768 + count) %% 65536
                  wrk.headers["X-Forwarded-For"] = "198.18." .. math.floor(client / 256) .. "." .. (client %% 256)
                  return wrk.format("GET", mine[(count %% #mine) + 1])
                end
                """.formatted(quoted, THREADS);
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in wrk's output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static long unanswered(String output) {
        Matcher matcher = SOCKET_ERRORS.matcher(output);
        long errors = 0;
        if (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                errors += Long.parseLong(matcher.group(group));
            }
        }
        return errors;
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
