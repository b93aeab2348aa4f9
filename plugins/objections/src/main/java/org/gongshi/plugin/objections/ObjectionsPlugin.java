package org.gongshi.plugin.objections;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.plugin.AdminRoutes;
import org.gongshi.plugin.DashboardCounter;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.ListingAddition;
import org.gongshi.plugin.ListingView;
import org.gongshi.plugin.NavigationLink;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.PluginUploads;
import org.gongshi.plugin.Routes;
import org.gongshi.plugin.ScheduledJob;
import org.gongshi.plugin.Setting;
import org.gongshi.plugin.SitePlugin;
import org.gongshi.plugin.StaffRole;

/**
 * 异议与信用修复: people who believe a listing is wrong, too long or inaccurate object online with evidence, follow
 * their request with a tracking number and query code, and see the listing corrected everywhere the moment a handler
 * upholds them; after performance they ask for credit repair the same way. Staff work the requests by deadlines in
 * Chinese working days; /objections/stats accounts for it publicly.
 */
public final class ObjectionsPlugin implements SitePlugin {
    static final String REPAIR_DAYS = "objections.repair-review-days";
    static final String REVIEW_NOTE = "objections.review-note";
    static final String SITE_URL = "objections.site-url";

    private PluginContext context;
    private ObjectionStore store;
    private Deadlines deadlines;
    private FilingPage objectionForm;
    private FilingPage repairForm;
    private StatusPage status;
    private StatsPage stats;
    private HandlingPages handling;
    private Mail mail;
    private boolean reviewNote;

    @Override
    public String id() {
        return "objections";
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("db/objections");
    }

    @Override
    public Optional<String> templates() {
        return Optional.of("templates/objections");
    }

    @Override
    public List<Setting> settings() {
        List<Setting> settings = new ArrayList<>(List.of(
                new Setting(REPAIR_DAYS, "3", "信用修复申请的审查期限（工作日）"),
                new Setting(REVIEW_NOTE, "true", "异议审查期间，在失信信息页面显示中性的“复核中”提示（true/false）"),
                new Setting(SITE_URL, "", "通知邮件中本站的地址，例如 https://gongshi.example.cn")));
        settings.addAll(Mail.settings());
        return settings;
    }

    @Override
    public void init(PluginContext context) {
        this.context = context;
        Clock clock = context.clock();
        this.store = new ObjectionStore(context.database());
        this.deadlines = Deadlines.standard(context.calendar(),
                positive(context.settings().get(REPAIR_DAYS), REPAIR_DAYS));
        this.reviewNote = Boolean.parseBoolean(context.settings().get(REVIEW_NOTE));
        this.mail = Mail.configure(context.settings(), context.database(), clock);
        Notifications notifications = new Notifications(mail.enabled(), context.settings().get(SITE_URL));
        Procedure procedure = new Procedure(context.database(), context.listings(), context.audit(), notifications,
                deadlines, clock);
        Codes codes = new Codes(new SecureRandom(), Secret.load(context.database(), new SecureRandom()));
        PluginUploads uploads = context.uploads();
        InputChecks checks = context.inputChecks();
        Submissions submissions = new Submissions(context.database(), uploads, codes, procedure, deadlines, clock);
        this.objectionForm = new FilingPage(Kind.OBJECTION, context.listings(), uploads, checks, submissions, codes);
        this.repairForm = new FilingPage(Kind.CREDIT_REPAIR, context.listings(), uploads, checks, submissions, codes);
        this.status = new StatusPage(store, procedure, uploads, checks, deadlines, clock);
        this.stats = new StatsPage(new Statistics(context.database(), deadlines), clock);
        this.handling = new HandlingPages(store, procedure, context.listings(), uploads, checks, context.audit(),
                clock);
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/objections/new", objectionForm::show);
        routes.postWithFiles("/objections/new", Evidence.POLICY, objectionForm::submit);
        routes.get("/objections/repair", repairForm::show);
        routes.postWithFiles("/objections/repair", Evidence.POLICY, repairForm::submit);
        routes.get("/objections/status", status::show);
        routes.post("/objections/status", status::lookUp);
        routes.postWithFiles("/objections/supplement", Evidence.POLICY, status::supplement);
        routes.post("/objections/appeal", status::appeal);
        routes.get("/objections/stats", stats::show);
    }

    @Override
    public List<StaffRole> staffRoles() {
        return Permissions.roles();
    }

    @Override
    public void adminRoutes(AdminRoutes routes) {
        routes.get("/", Permissions.READ, handling::queue);
        routes.get("/{number}", Permissions.READ, handling::detail);
        // Steps post to the page they are on; each checks the handler's or the higher level's permission itself.
        routes.post("/{number}", Permissions.READ, handling::step);
        routes.get("/{number}/evidence/{position}", Permissions.READ, handling::evidence);
        routes.menu("异议与信用修复", "/", Permissions.READ);
    }

    @Override
    public List<DashboardCounter> dashboardCounters() {
        return List.of(
                new DashboardCounter("待受理的异议和修复申请", "/admin/objections?state=SUBMITTED", Permissions.READ,
                        () -> store.count(State.SUBMITTED)),
                new DashboardCounter("已超过办理期限", "/admin/objections", Permissions.READ,
                        () -> store.overdue(today())));
    }

    @Override
    public List<ScheduledJob> scheduledJobs() {
        List<ScheduledJob> jobs = new ArrayList<>();
        jobs.add(new ScheduledJob("evidence-orphans", Duration.ofHours(6),
                () -> context.uploads().sweepOrphans(Duration.ofDays(1))));
        jobs.add(new ScheduledJob("overdue-digest", Duration.ofMinutes(30), () -> mail.digest(store, today())));
        if (mail.enabled()) {
            jobs.add(new ScheduledJob("mail", Duration.ofSeconds(15), mail::sendQueued));
        }
        return jobs;
    }

    @Override
    public List<NavigationLink> navigation() {
        return List.of(new NavigationLink("异议与信用修复", "/objections/status", NavigationLink.Placement.FOOTER),
                new NavigationLink("异议办理情况", "/objections/stats", NavigationLink.Placement.FOOTER));
    }

    @Override
    public List<ListingAddition> listingAdditions(ListingView listing) {
        List<ListingAddition> additions = new ArrayList<>();
        if (reviewNote && store.underReview(listing.id())) {
            additions.add(ListingAddition.note("有关这条信息的异议正在复核中。复核期间信息照常公示，复核结果以最终决定为准。"));
        }
        additions.add(ListingAddition.link("对此信息有异议？", "/objections/new?listing=" + listing.id()));
        additions.add(ListingAddition.link("已履行完毕，申请信用修复", "/objections/repair?listing=" + listing.id()));
        return additions;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(context.clock().instant(), Procedure.BEIJING);
    }

    private static int positive(String value, String key) {
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1) {
                return days;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("配置项 " + key + " 应为正整数（工作日数），收到 " + value);
    }
}
