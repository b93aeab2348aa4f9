package org.gongshi.plugin;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One type of a plugin's items in the site search. The index reads them from here: all of them for a rebuild, and one
 * by key whenever the plugin reports a change ({@link SearchChanges}).
 *
 * @since 0.1
 */
public interface SearchDocuments {
    /**
     * The type key, lowercase letters only and unique on the site, e.g. {@code page}.
     *
     * @since 0.1
     */
    String type();

    /**
     * The zh-CN name of the type shown on the search's facets, e.g. 网站信息.
     *
     * @since 0.1
     */
    String label();

    /**
     * The public document of {@code key}, or empty when it is gone or not public (the index then drops it).
     *
     * @since 0.1
     */
    Optional<SearchDocument> find(String key);

    /**
     * Every public document of this type, for a rebuild.
     *
     * @since 0.1
     */
    void forEachPublished(Consumer<SearchDocument> sink);

    /**
     * How many documents {@link #forEachPublished} will give, for progress reporting.
     *
     * @since 0.1
     */
    long countPublished();
}
