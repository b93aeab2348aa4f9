package org.gongshi.site.listing;

import java.time.LocalDate;
import java.util.List;

/** One line of a listing: a title linking to {@code url}, a date and short facts such as the court or 文号. */
public record ListItem(String title, String url, LocalDate date, List<String> details) {
    public ListItem {
        details = details.stream().filter(detail -> detail != null && !detail.isBlank()).toList();
    }
}
