package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongshi.content.values.BoundedValues;
import org.gongshi.content.values.InvalidValueException;

/**
 * The slug a new item left without one is saved under: its date, then the ASCII words of its title, e.g.
 * {@code 2024-05-31-covid-19}, or the kind's name when the title has none, e.g. {@code 2024-05-31-case} (Chinese
 * titles spell badly in ASCII, and no transliteration is worth a dependency); then -2, -3 … until one is free.
 */
record ProposedSlug(String base) {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    /** Enough words to recognise the item by, leaving the slug room for the date and a number. */
    private static final int MAXIMUM_WORDS = 40;

    ProposedSlug {
        requireNonNull(base, "base");
    }

    /**
     * From the form as sent: the item's own date is its form's first date field (成文日期 for a policy), {@code today}
     * when that is empty or unreadable.
     */
    static ProposedSlug of(List<FormField> fields, Map<String, String> values, String kindName, LocalDate today) {
        LocalDate date = fields.stream().filter(field -> field.type() == FormField.Type.DATE).findFirst()
                .flatMap(field -> date(values.get(field.name()))).orElse(today);
        String words = words(values.getOrDefault("title", ""));
        return new ProposedSlug(date + "-" + (words.isEmpty() ? kindName : words));
    }

    /** The candidates in order, without end: the base, then base-2, base-3 … */
    Stream<String> candidates() {
        return Stream.iterate(1, attempt -> attempt + 1).map(attempt -> attempt == 1 ? base : base + "-" + attempt);
    }

    /** The title's runs of ASCII letters and digits, lowercased and joined by hyphens, when one has a letter. */
    private static String words(String title) {
        List<String> words = new ArrayList<>();
        int length = 0;
        Matcher word = WORD.matcher(title);
        while (word.find() && length + word.group().length() <= MAXIMUM_WORDS) {
            words.add(word.group().toLowerCase(Locale.ROOT));
            length += word.group().length() + 1;
        }
        return words.stream().anyMatch(each -> each.matches(".*[a-z].*")) ? String.join("-", words) : "";
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(BoundedValues.date(text));
        } catch (InvalidValueException unreadable) {
            return Optional.empty();
        }
    }
}
