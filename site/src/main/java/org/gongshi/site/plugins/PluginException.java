package org.gongshi.site.plugins;

/** A plugin set that cannot start: the message says which plugins and why. */
public final class PluginException extends RuntimeException {
    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
