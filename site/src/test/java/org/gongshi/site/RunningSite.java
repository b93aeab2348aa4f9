package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.staff.AccountRepository;
import org.gongshi.content.store.Database;
import org.gongshi.site.staff.PasswordHasher;
import org.gongshi.site.staff.StaffRoute;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server on a free port over a data directory with the demo content, ready to search. Most tests check
 * features, not rate limits, so by default {@link #get} speaks as a new client behind a trusted proxy each time;
 * {@link #facingOneClient} is the site as a single visitor meets it, limits and all.
 *
 * <p>Either start one directly ({@link #startWithDemo}) or register one per test class, which then starts it over a
 * fresh temporary directory before the class and stops it after: {@code @RegisterExtension static final RunningSite
 * site = RunningSite.withDemo();}.
 */
public final class RunningSite implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private static final String LOOPBACK = "127.0.0.1";

    private final boolean manyClients;
    private final Consumer<Path> prepare;
    private final Clock clock;
    private final URI publicUrl;
    private final AtomicInteger clients = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private GongshiServer server;
    private Path dataDirectory;

    private RunningSite(boolean manyClients, Consumer<Path> prepare, Clock clock, URI publicUrl) {
        this.manyClients = manyClients;
        this.prepare = prepare;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The same site on {@code clock}, e.g. a SettableClock the test moves to expire lockouts or change TOTP steps. */
    public RunningSite on(Clock clock) {
        return new RunningSite(manyClients, prepare, clock, publicUrl);
    }

    /** The same site as readers reach it at {@code publicUrl}, e.g. https through a proxy that speaks HTTP to it. */
    public RunningSite at(URI publicUrl) {
        return new RunningSite(manyClients, prepare, clock, publicUrl);
    }

    /** Per test class: {@code prepare} may write to the data directory before the site starts. */
    public static RunningSite withDemo(Consumer<Path> prepare) {
        return new RunningSite(true, prepare, Clock.systemDefaultZone(), null);
    }

    public static RunningSite withDemo() {
        return withDemo(directory -> { });
    }

    public static RunningSite facingOneClient() {
        return new RunningSite(false, directory -> { }, Clock.systemDefaultZone(), null);
    }

    public static RunningSite startWithDemo(Path dataDirectory) {
        return startWithDemo(dataDirectory, Clock.systemDefaultZone());
    }

    /** The site on {@code clock}, e.g. a hand-moved one for what happens at a given time. */
    public static RunningSite startWithDemo(Path dataDirectory, Clock clock) {
        RunningSite site = withDemo().on(clock);
        site.start(dataDirectory);
        return site;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path directory = Files.createTempDirectory("gongshi-it");
        prepare.accept(directory);
        start(directory);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void start(Path directory) {
        List<String> trustedProxies = manyClients ? List.of(LOOPBACK) : List.of();
        ServerConfig config = new ServerConfig(directory, 0, true, clock, publicUrl, trustedProxies);
        dataDirectory = directory;
        server = GongshiServer.start(config);
        awaitReady();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), pathAndQuery);
    }

    /** A GET with the given request headers (name, value, name, value, …), answered as bytes. */
    public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray(), pathAndQuery);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET();
        if (manyClients) {
            // 198.18.0.0/15 is reserved for benchmarks and tests (RFC 2544).
            int number = clients.incrementAndGet();
            request.header("X-Forwarded-For", "198.18." + (number >> 8 & 255) + "." + (number & 255));
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body,
            String pathAndQuery) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new AssertionError("GET " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A query string value, percent-encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public URI url() {
        return server.url();
    }

    /** Creates a staff account straight in the site's database, as {@code gongshi user add --password-stdin} does. */
    public void addStaff(String name, String password, String... roles) {
        try (Database database = Database.open(DataDirectory.prepare(dataDirectory).database())) {
            new AccountRepository(database, Clock.systemDefaultZone()).create(name, Set.of(roles),
                    PasswordHasher.forThisMachine().hash(password), false);
        }
    }

    /** The actions the audit log holds for {@code actor}, oldest first. */
    public List<String> auditActions(String actor) {
        try (Database database = Database.open(DataDirectory.prepare(dataDirectory).database())) {
            List<String> actions = new java.util.ArrayList<>(new AuditLog(database, clock).list(
                    new AuditFilter(Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty()), 1, 1000)
                    .items().stream().map(entry -> entry.event().action()).toList());
            java.util.Collections.reverse(actions);
            return actions;
        }
    }

    /** A back-office client whose every request claims {@code forwardedFor} in X-Forwarded-For. */
    public StaffClient staffClientClaiming(String forwardedFor) {
        return new StaffClient(server.url(), forwardedFor);
    }

    /** A browser-like client of this site's back office, with its own cookies, not yet signed in. */
    public StaffClient staffClient() {
        return new StaffClient(server.url(), manyClients ? "198.19." + (clients.incrementAndGet() & 255) + ".1" : null);
    }

    public List<StaffRoute> staffRoutes() {
        return server.staffRoutes();
    }

    GongshiServer server() {
        return server;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/healthz").statusCode() == 200) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("the site did not become ready within 15 s");
    }

    @Override
    public void close() {
        server.close();
    }
}
