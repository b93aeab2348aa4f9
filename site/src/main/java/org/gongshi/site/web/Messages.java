package org.gongshi.site.web;

import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The site's message bundle (i18n/messages, zh-CN first); a missing key shows itself instead of failing a page. */
public final class Messages {
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", LOCALE);
    /**
     * Each thread's parsed messages, since a MessageFormat may not be shared: parsing a pattern, and looking up the
     * locale's number format for every number shown, cost more than the formatting itself.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return arguments.length == 0 ? pattern : formats.get().computeIfAbsent(key, k -> parse(pattern)).format(arguments);
    }

    /** The pattern with one number format for every argument it does not format itself, as MessageFormat would. */
    private static MessageFormat parse(String pattern) {
        MessageFormat format = new MessageFormat(pattern, LOCALE);
        Format numbersOrText = new NumbersOrText(NumberFormat.getInstance(LOCALE));
        Format[] byArgument = format.getFormatsByArgumentIndex();
        for (int argument = 0; argument < byArgument.length; argument++) {
            if (byArgument[argument] == null) {
                format.setFormatByArgumentIndex(argument, numbersOrText);
            }
        }
        return format;
    }

    /** A number in the locale's digits and grouping; anything else as its text. */
    private static final class NumbersOrText extends Format {
        private final NumberFormat numbers;

        NumbersOrText(NumberFormat numbers) {
            this.numbers = numbers;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            return value instanceof Number ? numbers.format(value, to, position) : to.append(value);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }
}
