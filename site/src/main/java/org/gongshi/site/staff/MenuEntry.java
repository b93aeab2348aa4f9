package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

/** An entry of the back-office menu, shown to whoever may open {@code path}. */
public record MenuEntry(String label, String path, Access access) {
    public MenuEntry {
        requireNonNull(label, "label");
        requireNonNull(path, "path");
        requireNonNull(access, "access");
    }
}
