package org.gongshi.plugin;

/**
 * A link in the site's header or footer navigation.
 *
 * @since 0.1
 */
public record NavigationLink(String label, String url, Placement placement) {
    public enum Placement {
        HEADER,
        FOOTER
    }
}
