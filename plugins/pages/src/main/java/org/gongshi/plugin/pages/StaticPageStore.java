package org.gongshi.plugin.pages;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.plugin.PluginDatabase;

/** Reads the plugin's own table {@code pages_page}. */
final class StaticPageStore {
    private static final String COLUMNS = "SELECT slug, title, body, updated_on FROM pages_page";

    private final PluginDatabase database;

    StaticPageStore(PluginDatabase database) {
        this.database = database;
    }

    Optional<StaticPage> find(String slug) {
        return query(COLUMNS + " WHERE slug = ?", slug).stream().findFirst();
    }

    List<StaticPage> all() {
        return query(COLUMNS + " ORDER BY position", null);
    }

    private List<StaticPage> query(String sql, String slug) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (slug != null) {
                    statement.setString(1, slug);
                }
                List<StaticPage> pages = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        pages.add(new StaticPage(rows.getString(1), rows.getString(2), rows.getString(3),
                                LocalDate.parse(rows.getString(4))));
                    }
                }
                return pages;
            }
        });
    }
}
