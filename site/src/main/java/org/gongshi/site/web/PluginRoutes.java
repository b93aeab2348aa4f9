package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.plugin.Routes;
import org.gongshi.plugin.UploadPolicy;

/**
 * The plugin SPI's {@link Routes} over Javalin's upfront route configuration. Every plugin page gets the site layout
 * and its form token; every plugin POST is guarded by {@link PublicForms} with a size limit of its own, which a form
 * with files also gives the site's {@link UploadLimits}.
 */
public final class PluginRoutes implements Routes {
    /** A form without files: its text fields, generously. */
    static final long PLAIN_FORM_BYTES = 1024 * 1024;

    private final RoutesConfig routes;
    private final Pages pages;
    private final PublicForms forms;
    private final UploadLimits uploadLimits;

    public PluginRoutes(RoutesConfig routes, Pages pages, PublicForms forms, UploadLimits uploadLimits) {
        this.routes = requireNonNull(routes, "routes");
        this.pages = requireNonNull(pages, "pages");
        this.forms = requireNonNull(forms, "forms");
        this.uploadLimits = requireNonNull(uploadLimits, "uploadLimits");
    }

    @Override
    public void get(String path, Handler handler) {
        routes.get(path, inLayout(handler));
    }

    @Override
    public void post(String path, Handler handler) {
        routes.before(path, guardedPost(PLAIN_FORM_BYTES));
        routes.post(path, inLayout(handler));
    }

    @Override
    public void postWithFiles(String path, UploadPolicy policy, Handler handler) {
        requireNonNull(policy, "policy");
        long requestBytes = policy.maxBytes() * policy.maxFiles() + PLAIN_FORM_BYTES;
        uploadLimits.allow(path, requestBytes);
        routes.before(path, guardedPost(requestBytes));
        routes.post(path, inLayout(handler));
    }

    /** Before-handlers run for every method on a path; only a POST is a form to guard. */
    private Handler guardedPost(long maxBytes) {
        Handler guard = forms.guard(maxBytes);
        return context -> {
            if (context.method() == io.javalin.http.HandlerType.POST) {
                guard.handle(context);
            }
        };
    }

    private Handler inLayout(Handler handler) {
        return context -> {
            shareLayout(context);
            handler.handle(context);
        };
    }

    private void shareLayout(Context context) {
        Map<String, Object> shared = new HashMap<>(pages.withLayout(context.path(), Map.of(), context.path()));
        shared.put("publicForm", forms.token(context));
        context.attribute(Pages.MODEL_ATTRIBUTE, shared);
    }
}
