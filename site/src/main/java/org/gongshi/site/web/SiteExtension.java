package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Template helpers: {@code t("key", args...)} reads the message bundle, {@code |zhdate} formats a date (2023年5月31日),
 * {@code |zhtime} an instant in Beijing time (2023年5月31日 10:15).
 */
final class SiteExtension extends AbstractExtension {
    private final Messages messages;

    SiteExtension(Messages messages) {
        this.messages = requireNonNull(messages, "messages");
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Function() {
            @Override
            public List<String> getArgumentNames() {
                return null; // positional: the key, then the message arguments
            }

            @Override
            public Object execute(Map<String, Object> arguments, PebbleTemplate template, EvaluationContext context,
                    int line) {
                Object[] values = new Object[arguments.size() - 1];
                for (int i = 1; i < arguments.size(); i++) {
                    values[i - 1] = arguments.get(String.valueOf(i));
                }
                return messages.get(String.valueOf(arguments.get("0")), values);
            }
        });
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "zhdate", filter(input -> input instanceof TemporalAccessor date ? ChineseDates.format(date) : ""),
                "zhtime", filter(input -> input instanceof Instant instant ? ChineseDates.dateTime(instant) : ""));
    }

    private static Filter filter(java.util.function.Function<Object, String> format) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> arguments, PebbleTemplate template,
                    EvaluationContext context, int line) {
                return format.apply(input);
            }
        };
    }
}
