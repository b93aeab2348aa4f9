package org.gongshi.site.web;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.util.Map;

/**
 * Serves {@code <plugin id>/<name>.peb} from that plugin's classpath folder, so a plugin's templates cannot shadow the
 * site's or another plugin's; names without a known plugin prefix are not found here.
 */
final class PluginTemplateLoader implements Loader<String> {
    private final Map<String, String> roots;
    private final ClasspathLoader classpath;

    PluginTemplateLoader(Map<String, String> roots, ClassLoader classLoader) {
        this.roots = Map.copyOf(roots);
        this.classpath = new ClasspathLoader(classLoader);
    }

    @Override
    public Reader getReader(String name) {
        String resource = resourceFor(name);
        if (resource == null) {
            throw new LoaderException(null, "no plugin template " + name);
        }
        return classpath.getReader(resource);
    }

    @Override
    public boolean resourceExists(String name) {
        String resource = resourceFor(name);
        return resource != null && classpath.resourceExists(resource);
    }

    private String resourceFor(String name) {
        int slash = name.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String root = roots.get(name.substring(0, slash));
        return root == null ? null : stripSlashes(root) + "/" + name.substring(slash + 1);
    }

    private static String stripSlashes(String folder) {
        String trimmed = folder.startsWith("/") ? folder.substring(1) : folder;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    @Override
    public void setCharset(String charset) {
        classpath.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {}

    @Override
    public void setSuffix(String suffix) {}

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return classpath.resolveRelativePath(relativePath, anchorPath);
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }
}
