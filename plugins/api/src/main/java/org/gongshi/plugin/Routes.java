package org.gongshi.plugin;

import io.javalin.http.Handler;

/** Where a plugin registers its public routes; paths are absolute, lowercase and readable, e.g. {@code /about}. */
public interface Routes {
    void get(String path, Handler handler);

    void post(String path, Handler handler);
}
