package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.gongshi.plugin.Routes;

/** The plugin SPI's {@link Routes} over Javalin's upfront route configuration. */
public record PluginRoutes(RoutesConfig routes) implements Routes {
    public PluginRoutes {
        requireNonNull(routes, "routes");
    }

    @Override
    public void get(String path, Handler handler) {
        routes.get(path, handler);
    }

    @Override
    public void post(String path, Handler handler) {
        routes.post(path, handler);
    }
}
