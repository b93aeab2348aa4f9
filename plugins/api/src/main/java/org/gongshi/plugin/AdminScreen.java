package org.gongshi.plugin;

import io.javalin.http.Handler;

/**
 * A back-office screen at {@code /admin/<plugin id><path>}, reachable only by staff holding {@code permission}.
 * Until the staff shell exists the host denies every request to it.
 */
public record AdminScreen(String path, String title, String permission, Handler handler) {}
