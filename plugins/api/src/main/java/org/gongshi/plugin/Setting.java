package org.gongshi.plugin;

/**
 * A configuration key a plugin reads, with its default and a line of help shown to administrators.
 *
 * @since 0.1
 */
public record Setting(String key, String defaultValue, String description) {}
