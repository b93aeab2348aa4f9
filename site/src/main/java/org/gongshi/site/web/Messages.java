package org.gongshi.site.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The site's message bundle (i18n/messages, zh-CN first); a missing key shows itself instead of failing a page. */
public final class Messages {
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", LOCALE);

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(arguments);
    }
}
