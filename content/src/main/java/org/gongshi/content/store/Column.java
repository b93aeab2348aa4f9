package org.gongshi.content.store;

import java.util.Objects;
import java.util.function.Function;

/**
 * One item-specific column of a content table and how to take its value from an item. The kind decides how the
 * value is written: text as is, dates as ISO-8601 text, flags as 0/1, lists and tables as JSON text.
 */
public record Column<T>(String name, Kind kind, Function<T, ?> value) {
    public enum Kind {
        TEXT,
        DATE,
        FLAG,
        JSON
    }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static <T> Column<T> text(String name, Function<T, String> value) {
        return new Column<>(name, Kind.TEXT, value);
    }

    public static <T> Column<T> date(String name, Function<T, java.time.LocalDate> value) {
        return new Column<>(name, Kind.DATE, value);
    }

    public static <T> Column<T> flag(String name, Function<T, Boolean> value) {
        return new Column<>(name, Kind.FLAG, value);
    }

    public static <T> Column<T> json(String name, Function<T, ?> value) {
        return new Column<>(name, Kind.JSON, value);
    }
}
