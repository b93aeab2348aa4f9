package org.gongshi.plugin;

/**
 * Read access to configured values; a key a plugin declared and nobody configured yields its default.
 *
 * @since 0.1
 */
public interface Settings {
    /**
     * The value for {@code key}, e.g. {@code pages.contact-email}; throws if the key was never declared.
     *
     * @since 0.1
     */
    String get(String key);
}
