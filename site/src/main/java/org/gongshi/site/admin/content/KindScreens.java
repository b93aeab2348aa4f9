package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.site.web.Messages;

/** What the screens of one kind of content share: the kind, its item page, the audit log and the messages. */
record KindScreens<T>(ContentKind<T> kind, ItemPage<T> page, EditorialAudit audit, Messages messages) {
    KindScreens {
        requireNonNull(kind, "kind");
        requireNonNull(page, "page");
        requireNonNull(audit, "audit");
        requireNonNull(messages, "messages");
    }

    /** Someone changed the item since this member saw it: the page again, naming the newer revision (409). */
    void refuseStale(Context context, EditorialItem<T> current, EditorState state) {
        page.render(context, 409, Optional.of(current), state, Map.of("error",
                messages.get("admin.content.error.stale", current.revision(), current.revisedBy())));
    }

    /** Back to the item, saying what was done (303). */
    void backTo(Context context, String slug, Done done) {
        context.redirect(kind.itemPath(slug) + "?" + done.parameter(), HttpStatus.SEE_OTHER);
    }
}
