package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Renders a full page: the handler's model plus what the layout needs (navigation, canonical URL, current path). */
public final class Pages {
    /** A request attribute holding a {@code Map<String, Object>} every template on that request also sees. */
    public static final String MODEL_ATTRIBUTE = "gongshi.model";

    private final Navigation navigation;
    private final Supplier<URI> publicUrl;

    public Pages(Navigation navigation, Supplier<URI> publicUrl) {
        this.navigation = requireNonNull(navigation, "navigation");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
    }

    /**
     * {@code canonical} is the site-relative address of this content, e.g. {@code /cases?page=2}; null for a page that
     * is no content of its own (an error), which then names none.
     */
    public void render(Context context, String template, Map<String, Object> model, String canonical) {
        context.render(template, withLayout(context.path(), model, canonical));
    }

    Map<String, Object> withLayout(String path, Map<String, Object> model, String canonical) {
        Map<String, Object> values = new HashMap<>(model);
        String base = publicUrl.get().toString().replaceAll("/+$", "");
        values.put("layout", new Layout(navigation, canonical == null ? null : base + canonical, path));
        return values;
    }

    /** What base.peb reads. */
    public record Layout(Navigation navigation, String canonicalUrl, String currentPath) {}
}
