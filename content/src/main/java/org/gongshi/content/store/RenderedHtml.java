package org.gongshi.content.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongshi.content.Rendered;
import org.gongshi.content.markdown.MarkdownRenderer;

/**
 * The derived HTML of one content table's Markdown fields: written with the item, in its transaction, so a public
 * read never renders; stamped with {@link MarkdownRenderer#VERSION}, so rows rendered by an older pipeline are rendered
 * again at start-up, as an index is rebuilt when its schema changes.
 */
public final class RenderedHtml<T> {
    private final ContentTable<T> table;
    private final MarkdownRenderer renderer;
    private final String update;

    public RenderedHtml(ContentTable<T> table, MarkdownRenderer renderer) {
        this.table = requireNonNull(table, "table");
        this.renderer = requireNonNull(renderer, "renderer");
        this.update = "UPDATE " + table.table() + " SET " + table.renderedFields().stream()
                .map(field -> field.htmlColumn() + " = ?, ").collect(Collectors.joining()) + "rendered_with = ?"
                + " WHERE slug = ?";
    }

    /** Renders {@code item}'s Markdown fields into its row, inside the caller's transaction. */
    public void write(Connection connection, T item) throws SQLException {
        if (table.renderedFields().isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            bind(statement, table.slug(item), html(item));
            statement.executeUpdate();
        }
    }

    /** {@code item} with its Markdown fields rendered now, as writing it would: for staff reading an unpublished text. */
    public Rendered<T> render(T item) {
        Map<String, String> html = new LinkedHashMap<>();
        List<String> rendered = html(item);
        for (int index = 0; index < rendered.size(); index++) {
            html.put(table.renderedFields().get(index).column(), rendered.get(index));
        }
        return new Rendered<>(item, html);
    }

    /** Renders again every row an older pipeline rendered (or none did); answers how many. One transaction. */
    public int refreshStale(Database database) {
        if (table.renderedFields().isEmpty()) {
            return 0;
        }
        String sources = table.renderedFields().stream().map(RenderedField::column).collect(Collectors.joining(", "));
        return database.inTransaction(connection -> {
            Map<String, List<String>> stale = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT slug, " + sources + " FROM "
                    + table.table() + " WHERE rendered_with IS NULL OR rendered_with <> ?")) {
                query.setInt(1, MarkdownRenderer.VERSION);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        List<String> markdown = new ArrayList<>();
                        for (RenderedField<T> field : table.renderedFields()) {
                            markdown.add(rows.getString(field.column()));
                        }
                        stale.put(rows.getString("slug"), markdown);
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Map.Entry<String, List<String>> row : stale.entrySet()) {
                    List<String> html = new ArrayList<>();
                    for (int index = 0; index < row.getValue().size(); index++) {
                        html.add(renderer.toHtml(row.getValue().get(index),
                                table.renderedFields().get(index).firstHeading()));
                    }
                    bind(statement, row.getKey(), html);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return stale.size();
        });
    }

    private List<String> html(T item) {
        return table.renderedFields().stream()
                .map(field -> renderer.toHtml(field.markdown().apply(item), field.firstHeading()))
                .toList();
    }

    private static void bind(PreparedStatement statement, String slug, List<String> html) throws SQLException {
        int index = 1;
        for (String each : html) {
            statement.setString(index++, each);
        }
        statement.setInt(index++, MarkdownRenderer.VERSION);
        statement.setString(index, slug);
    }
}
