package org.gongshi.site.admin.content;

import java.util.List;
import java.util.Map;

/**
 * What differs between the kinds of content on the back office: the fields of the form, an item as the form shows
 * it, and the form read back into an item. The screens, the workflow and the revisions are shared.
 */
interface ItemForm<T> {
    /** The fields in the order the form shows them; the slug is handled by the screens. */
    List<FormField> fields();

    /** Field name → the text the form shows for {@code item}. */
    Map<String, String> values(T item);

    /** The item the form describes, as a draft; {@code null} values where {@code fields} refused something. */
    T read(String slug, FieldReader fields);

    /** How a revision's stored text of {@code field} reads to staff; most fields read as they are. */
    default String display(String field, String stored) {
        return stored;
    }
}
