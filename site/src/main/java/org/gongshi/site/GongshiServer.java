package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gongshi.site.editorial.ScheduledPublishing;
import org.gongshi.site.listings.ListingExpiry;
import org.gongshi.site.staff.StaffRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running site. {@link #start} does only what serving needs: both indexes catch up with the database in the
 * background and /healthz answers 503 until they have; scheduled content that fell due while the server was down is
 * published before that, and then every 30 s; expired listings are taken down at start and then daily.
 */
public final class GongshiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GongshiServer.class);

    private final SiteCore core;
    private final ScheduledPublishing publishing;
    private final ListingExpiry expiry;
    private final Javalin javalin;
    private final URI url;
    private final List<StaffRoute> staffRoutes;

    private GongshiServer(SiteCore core, ScheduledPublishing publishing, ListingExpiry expiry, Javalin javalin,
            URI url, List<StaffRoute> staffRoutes) {
        this.core = core;
        this.publishing = publishing;
        this.expiry = expiry;
        this.javalin = javalin;
        this.url = url;
        this.staffRoutes = staffRoutes;
    }

    public static GongshiServer start(ServerConfig config) {
        requireNonNull(config, "config");
        long startedAt = System.nanoTime();
        DataDirectory directory = DataDirectory.prepare(config.dataDirectory());
        SiteCore core = SiteCore.open(directory, config.clock());
        ScheduledPublishing publishing = null;
        ListingExpiry expiry = null;
        try {
            if (config.demo()) {
                DemoData.fillIfEmpty(core, config.clock());
            }
            // Before the indexes catch up, so that what went live is searchable once /healthz says ready, and what
            // ran out is gone.
            publishing = ScheduledPublishing.start(core.storage().workflows(), config.clock());
            expiry = ListingExpiry.start(core.listings().lifecycle(), config.clock());
            core.index().start();
            core.listingIndex().start();
            AtomicReference<URI> publicUrl = new AtomicReference<>(config.publicUrl());
            WebApplication.Created web = WebApplication.create(core, publicUrl::get, config);
            Javalin javalin = web.javalin().start(config.port());
            URI local = URI.create("http://localhost:" + javalin.port() + "/");
            publicUrl.compareAndSet(null, local);
            LOG.info("Gongshi serving {} from {} (started in {} ms)", publicUrl.get(), directory.root(),
                    (System.nanoTime() - startedAt) / 1_000_000);
            return new GongshiServer(core, publishing, expiry, javalin, local, web.staffRoutes());
        } catch (RuntimeException e) {
            if (publishing != null) {
                publishing.close();
            }
            if (expiry != null) {
                expiry.close();
            }
            core.close();
            throw e;
        }
    }

    /** Every back-office route with the access it requires. */
    public List<StaffRoute> staffRoutes() {
        return staffRoutes;
    }

    public int port() {
        return javalin.port();
    }

    /** Where this server listens, e.g. {@code http://localhost:8080/}. */
    public URI url() {
        return url;
    }

    /** The scheduled-publishing job, for tests that move the clock instead of waiting for the next run. */
    ScheduledPublishing scheduledPublishing() {
        return publishing;
    }

    @Override
    public void close() {
        try {
            publishing.close();
            expiry.close();
            javalin.stop();
        } finally {
            core.close();
        }
    }
}
