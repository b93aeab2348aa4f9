package org.gongshi.site;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.gongshi.content.importing.DocumentImporter;
import org.gongshi.content.listings.importing.ListingImporter;
import org.gongshi.content.staging.StagedImports;
import org.gongshi.content.uploads.UploadPolicy;
import org.gongshi.plugin.NavigationLink;
import org.gongshi.plugin.NavigationLink.Placement;
import org.gongshi.site.staff.AuditTrail;
import org.gongshi.site.admin.audit.AuditRoutes;
import org.gongshi.site.admin.content.EditorialAdmin;
import org.gongshi.site.admin.imports.ImportRoutes;
import org.gongshi.site.admin.imports.ImportServices;
import org.gongshi.site.admin.imports.StagingArea;
import org.gongshi.site.admin.listings.ListingAdminRoutes;
import org.gongshi.site.articles.ContentRoutes;
import org.gongshi.site.calendar.CalendarAdmin;
import org.gongshi.site.health.HealthCheck;
import org.gongshi.site.home.HomePage;
import org.gongshi.site.home.HomeSection;
import org.gongshi.site.listings.GovernmentCredit;
import org.gongshi.site.listings.ListingRoutes;
import org.gongshi.site.search.SearchRoutes;
import org.gongshi.site.staff.PasswordHasher;
import org.gongshi.site.staff.PasswordPolicy;
import org.gongshi.site.staff.PluginAdminRoutes;
import org.gongshi.site.staff.RoleCatalog;
import org.gongshi.site.web.SiteCookie;
import org.gongshi.site.staff.StaffRoute;
import org.gongshi.site.staff.StaffRoutes;
import org.gongshi.site.staff.StaffShell;
import org.gongshi.site.uploads.PublicUploads;
import org.gongshi.site.uploads.UploadAdmin;
import org.gongshi.site.web.CookieToken;
import org.gongshi.site.web.ErrorPages;
import org.gongshi.site.web.HtmlCharset;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.Navigation;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.PebbleRenderer;
import org.gongshi.site.web.PluginRoutes;
import org.gongshi.site.web.ProtocolErrorPage;
import org.gongshi.site.web.PublicForms;
import org.gongshi.site.web.RequestOrigin;
import org.gongshi.site.web.SecurityHeaders;
import org.gongshi.site.web.SharedPages;
import org.gongshi.site.web.SiteJson;
import org.gongshi.site.web.UploadLimits;
import org.gongshi.site.web.guard.BucketLimits;
import org.gongshi.site.web.guard.ClientAddress;
import org.gongshi.site.web.guard.Guard;
import org.gongshi.site.web.guard.ProofOfWorkChallenge;
import org.gongshi.site.web.guard.RateLimiter;
import org.gongshi.site.web.guard.Signer;

/** Wires the public web: one Pebble engine, the routes of every feature and plugin, errors and headers. */
final class WebApplication {
    private static final String ONE_DAY = "public, max-age=86400";
    /** Any multipart request unless its route says more: the largest article file and room for its form. */
    private static final long ARTICLE_UPLOAD_REQUEST = UploadPolicy.ARTICLE_FILES.maxBytes()
            + UploadLimits.FORM_OVERHEAD;

    private WebApplication() {}

    /** The web application, and the back-office routes it registered (for the route × role test). */
    record Created(Javalin javalin, List<StaffRoute> staffRoutes) {}

    static Created create(SiteCore core, Supplier<URI> publicUrl, ServerConfig settings) {
        Messages messages = new Messages();
        PebbleRenderer renderer = new PebbleRenderer(core.plugins().templateRoots(), messages);
        Pages pages = new Pages(Navigation.of(coreNavigation(), core.plugins().navigation()), publicUrl);
        ContentTypes types = core.contentTypes();
        // Every write any page could show records an outbox row: lists are read again only after one.
        LongSupplier changes = core.storage().outbox()::lastSequence;
        SharedPages shared = new SharedPages(changes);
        ContentRoutes contentRoutes = new ContentRoutes(pages, shared);
        // The listings guard before /listings limits the lookup form too, so its own guard adds no limit.
        PublicForms lookupForms = publicForms(context -> { }, publicUrl);
        HomePage home = new HomePage(pages, renderer, changes, List.of(
                new HomeSection("最新工作进展通报", "/bulletins", () -> types.bulletins().newest(5)),
                new HomeSection("典型案例推荐", "/cases",
                        () -> types.cases().listItems(core.storage().cases().featured(5))),
                new HomeSection("政务失信", "/government-credit",
                        () -> GovernmentCredit.newest(core.listings().repository(), 5)),
                new HomeSection("最新政策文件", "/policies", () -> types.policies().newest(5))),
                core.plugins().homeBlocks(), lookupForms);
        // Fails start-up with the reason when a trusted proxy is not an address or CIDR block.
        ClientAddress clientAddress = new ClientAddress(settings.trustedProxies());
        Guard guard = guard(settings, clientAddress, publicUrl);
        RoleCatalog roles = RoleCatalog.of(core.plugins().plugins());
        List<StaffRoute> staffRoutes = new ArrayList<>();
        StagingArea staging = StagingArea.open(new DataDirectory(settings.dataDirectory()).staging());
        Javalin javalin = Javalin.create(config -> {
            configureServer(config, renderer);
            config.routes.before(new SecurityHeaders());
            config.routes.after(new HtmlCharset());
            UploadLimits uploadLimits = new UploadLimits(staging.parts(), ARTICLE_UPLOAD_REQUEST);
            config.routes.get("/", home);
            // Browsers and crawlers ask for /favicon.ico whatever the pages link to.
            config.routes.get("/favicon.ico", context -> context.redirect("/static/favicon.svg",
                    HttpStatus.MOVED_PERMANENTLY));
            config.routes.get("/healthz", new HealthCheck(core::isReady, core.storage().database()::canWrite));
            contentRoutes.install(config.routes, types.cases());
            contentRoutes.install(config.routes, types.policies());
            contentRoutes.install(config.routes, types.bulletins());
            config.routes.before("/search", guard.html(BucketLimits.SEARCH.name()));
            config.routes.before("/api/v1/search", guard.json(BucketLimits.SEARCH_API.name()));
            SearchRoutes.install(config.routes, core.index(), pages, lookupForms);
            // An ID number sent the old way, in the address, is not repeated on the 429 page.
            config.routes.before("/listings", guard.html(BucketLimits.LISTINGS.name(), Set.of("id")));
            config.routes.before("/listings/*", guard.html(BucketLimits.LISTINGS.name()));
            config.routes.before("/api/v1/listings", guard.json(BucketLimits.LISTINGS.name()));
            // Suggested as someone types: limited like the search API, not counted against their lookups.
            config.routes.before("/api/v1/courts", guard.json(BucketLimits.SEARCH_API.name()));
            ListingRoutes.install(config.routes, core.listings().repository(), changes, shared, core.listingIndex(),
                    core.identifierKeys(), messages, pages, lookupForms, core.plugins()::listingAdditions);
            guard.install(config.routes, pages, messages);
            config.routes.get(PublicUploads.PATH, new PublicUploads(core.uploads().articles()));
            core.plugins().installRoutes(new PluginRoutes(config.routes, pages,
                    publicForms(guard.form(BucketLimits.PUBLIC_FORMS.name()), publicUrl), uploadLimits));
            StaffRoutes staff = StaffShell.install(config.routes, new StaffShell.Parts(core.staff(), roles,
                    PasswordHasher.forThisMachine(), PasswordPolicy.standard(), clientAddress, publicUrl,
                    settings.clock(), messages)).routes();
            CalendarAdmin.install(staff, core.calendar(), clientAddress, messages, settings.clock());
            AuditTrail audit = new AuditTrail(core.staff().audit(), clientAddress);
            EditorialAdmin.install(staff, editorial(core.storage()), core.plugins()::reviewQueue, audit, messages,
                    settings.clock());
            UploadAdmin.install(staff, core.uploads().articles(), audit, messages);
            core.plugins().installAdminRoutes(id -> new PluginAdminRoutes(id, staff, RoleCatalog.corePermissions()));
            ListingAdminRoutes.install(staff, core.listings().repository(), core.listings().lifecycle(),
                    core.listingIndex(), audit, messages, settings.clock());
            ImportRoutes.install(staff, imports(core, settings.clock(), staging, audit, uploadLimits, messages));
            AuditRoutes.install(staff, core.staff().audit(), messages);
            core.plugins().dashboardCounters().forEach(staff::counter);
            staffRoutes.addAll(staff.registered());
            uploadLimits.install(config);
            new ErrorPages(pages, messages).install(config.routes);
        });
        return new Created(javalin, List.copyOf(staffRoutes));
    }

    private static ImportServices imports(SiteCore core, Clock clock, StagingArea staging, AuditTrail audit,
            UploadLimits uploadLimits, Messages messages) {
        Storage storage = core.storage();
        return new ImportServices(storage.database(), new StagedImports(storage.database(), clock), staging,
                new DocumentImporter(storage.cases(), storage.policies(), storage.bulletins()),
                new ListingImporter(core.listings().repository(), core.identifierKeys(), clock), storage.markdown(),
                audit, uploadLimits, messages);
    }

    private static EditorialAdmin.Parts editorial(Storage storage) {
        return new EditorialAdmin.Parts(storage.cases(), storage.policies(), storage.bulletins(), storage.markdown());
    }

    /** The public rate limits and the proof-of-work challenge that lifts them. */
    private static Guard guard(ServerConfig settings, ClientAddress clientAddress, Supplier<URI> publicUrl) {
        Clock clock = settings.clock();
        SecureRandom random = new SecureRandom();
        RateLimiter limiter = new RateLimiter(clock, RateLimiter.DEFAULT_MAXIMUM_CLIENTS,
                List.of(BucketLimits.LISTINGS, BucketLimits.SEARCH, BucketLimits.SEARCH_API,
                        BucketLimits.PUBLIC_FORMS));
        ProofOfWorkChallenge challenge = new ProofOfWorkChallenge(new Signer(random), random, clock,
                ProofOfWorkChallenge.DEFAULT_MAXIMUM_NUMBER, ProofOfWorkChallenge.DEFAULT_LIFETIME);
        return new Guard(limiter, challenge, clientAddress, clock, publicUrl);
    }

    /** Public forms: a double-submit cookie token, same-site posts, then {@code rateLimit}. */
    private static PublicForms publicForms(Handler rateLimit, Supplier<URI> publicUrl) {
        return new PublicForms(new CookieToken(new SiteCookie("gongshi_form_public", publicUrl), new SecureRandom()),
                new RequestOrigin(publicUrl), rateLimit);
    }

    private static void configureServer(JavalinConfig config, PebbleRenderer renderer) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.fileRenderer(renderer);
        config.jsonMapper(new JavalinJackson(SiteJson.mapper(), false));
        config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrorPage()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", ONE_DAY);
        });
    }

    private static List<NavigationLink> coreNavigation() {
        return List.of(
                new NavigationLink("首页", "/", Placement.HEADER),
                new NavigationLink("典型案例", "/cases", Placement.HEADER),
                new NavigationLink("政策文件", "/policies", Placement.HEADER),
                new NavigationLink("工作进展通报", "/bulletins", Placement.HEADER),
                new NavigationLink("失信被执行人", "/listings", Placement.HEADER),
                new NavigationLink("政务失信", "/government-credit", Placement.HEADER),
                new NavigationLink("搜索", "/search", Placement.HEADER),
                new NavigationLink("开放数据接口", "/api/v1/search?q=", Placement.FOOTER));
    }
}
