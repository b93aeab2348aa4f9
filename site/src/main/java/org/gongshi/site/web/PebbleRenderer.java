package org.gongshi.site.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Javalin's {@link FileRenderer} over the one Pebble engine: autoescaping on, templates only from the classpath (site
 * templates under {@code templates/}, plugin templates as {@code <id>/<name>.peb}), never from user text.
 */
public final class PebbleRenderer implements FileRenderer {
    private final PebbleEngine engine;

    public PebbleRenderer(Map<String, String> pluginTemplateRoots, Messages messages) {
        ClassLoader classLoader = PebbleRenderer.class.getClassLoader();
        ClasspathLoader site = new ClasspathLoader(classLoader);
        site.setPrefix("templates");
        List<Loader<?>> loaders = List.of(site, new PluginTemplateLoader(pluginTemplateRoots, classLoader));
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(false)
                .extension(new SiteExtension(messages))
                .defaultLocale(Messages.LOCALE)
                .build();
    }

    @Override
    public String render(String template, Map<String, ?> model, Context context) {
        Map<String, Object> shared = context.attribute(Pages.MODEL_ATTRIBUTE);
        if (shared == null) {
            return render(template, model);
        }
        Map<String, Object> values = new HashMap<>(shared);
        values.putAll(model);
        return render(template, values);
    }

    /** Renders to a string, e.g. a plugin's home block embedded in the home page. */
    public String render(String template, Map<String, ?> model) {
        StringWriter writer = new StringWriter();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) model;
            engine.getTemplate(template).evaluate(writer, values, Messages.LOCALE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }
}
