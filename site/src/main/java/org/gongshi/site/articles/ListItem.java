package org.gongshi.site.articles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One line of a listing: a title linking to {@code url}, a date and short facts such as the court or 文号. */
public record ListItem(String title, String url, LocalDate date, List<String> details) {
    public ListItem {
        details = List.copyOf(details);
    }

    /** Details that are missing (null or blank) are left out, as optional metadata often is. */
    public static ListItem of(String title, String url, LocalDate date, String... details) {
        return new ListItem(title, url, date, Arrays.stream(details)
                .filter(Objects::nonNull).filter(detail -> !detail.isBlank()).toList());
    }
}
