package org.gongshi.site.listing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.gongshi.content.Page;

/** The public view of one repository; the three repositories share this shape but no interface, so it is adapted. */
public record PublishedContent<T>(
        Function<String, Optional<T>> find,
        BiFunction<Integer, Integer, Page<T>> list,
        Consumer<Consumer<T>> forEach,
        LongSupplier count) {
    public PublishedContent {
        requireNonNull(find, "find");
        requireNonNull(list, "list");
        requireNonNull(forEach, "forEach");
        requireNonNull(count, "count");
    }
}
