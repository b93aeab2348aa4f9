package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;
import static org.gongshi.site.web.ChineseDates.BEIJING;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongshi.content.Status;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.uploads.UploadPolicy;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.PageNotFoundException;

/**
 * GET /admin/{kind}/new and /admin/{kind}/{slug}: the item's standing, its form (for those who may not write, the
 * article as its public page will print it) and the actions open to this member. The same page comes back, with a
 * status, for a refused form, a preview and a refused action.
 */
final class ItemPage<T> {
    private static final FormField SLUG = FormField.of(SlugField.NAME, FormField.Type.TEXT).hinted();
    /** Why this save was made, kept with its revision; not part of the item. */
    static final FormField NOTE = FormField.of("note", FormField.Type.TEXT).hinted();

    private final ContentKind<T> kind;
    private final MarkdownRenderer markdown;
    private final Messages messages;
    private final Clock clock;

    /** {@code clock} tells the day a new item without a date of its own is proposed a slug for. */
    ItemPage(ContentKind<T> kind, MarkdownRenderer markdown, Messages messages, Clock clock) {
        this.kind = requireNonNull(kind, "kind");
        this.markdown = requireNonNull(markdown, "markdown");
        this.messages = requireNonNull(messages, "messages");
        this.clock = requireNonNull(clock, "clock");
    }

    void showNew(Context context) {
        render(context, 200, Optional.empty(), EditorState.showing(Map.of()), Map.of());
    }

    void show(Context context) {
        EditorialItem<T> item = find(context);
        Map<String, Object> notice = new HashMap<>();
        Optional.ofNullable(context.queryParam("done")).flatMap(Done::of)
                .ifPresent(done -> notice.put("notice", messages.get(done.messageKey())));
        render(context, 200, Optional.of(item), stored(item), notice);
    }

    /** The form showing the item as stored. */
    EditorState stored(EditorialItem<T> item) {
        return EditorState.showing(kind.form().values(item.item()));
    }

    /**
     * The slugs free at this moment for a new item whose form, as sent, leaves the slug empty, in order: the one
     * proposed from its date and title, then that with -2, -3 …
     */
    Stream<String> freeSlugs(Map<String, String> values) {
        return ProposedSlug.of(kind.form().fields(), values, kind.type(), LocalDate.now(clock.withZone(BEIJING)))
                .candidates().filter(candidate -> kind.queries().find(candidate).isEmpty());
    }

    EditorialItem<T> find(Context context) {
        return kind.queries().find(context.pathParam("slug"))
                .orElseThrow(() -> new PageNotFoundException("no " + kind.type() + " " + context.pathParam("slug")));
    }

    /** The page with {@code state} in the form; {@code extra} adds {@code error}, {@code notice} or a refusal. */
    void render(Context context, int status, Optional<EditorialItem<T>> item, EditorState state,
            Map<String, Object> extra) {
        StaffMember member = StaffMember.current(context);
        ItemView.Actions actions = item.map(found -> ItemView.Actions.of(found, member))
                .orElse(ItemView.Actions.forNew(member));
        // For the form as it stands; saving takes the first slug free at that moment.
        String slug = item.isPresent() ? null : freeSlugs(state.values()).findFirst().orElseThrow();
        List<ItemView.Field> fields = fields(item.isEmpty()).stream().map(field -> field(field, state, slug))
                .toList();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("kind", kind.view());
        model.put("item", item.map(found -> ItemView.Standing.of(kind, found)).orElse(null));
        model.put("fields", fields);
        model.put("problems", fields.stream().filter(field -> field.error() != null)
                .map(field -> new ItemView.Problem(field.id(), field.label(), field.error())).toList());
        model.put("note", state.note());
        model.put("preview", state.preview());
        model.put("actions", actions);
        // Images go in through the upload page's own checks; its size limit lets the script refuse a large file early.
        model.put("canUpload", member.can(CorePermissions.CONTENT_UPLOAD));
        model.put("uploadLimitBytes", UploadPolicy.ARTICLE_FILES.maxBytes());
        model.put("formAction", item.map(found -> kind.itemPath(found.slug())).orElse(kind.listPath() + "/new"));
        if (!actions.edit()) {
            item.ifPresent(found -> model.put("article", kind.publicView().apply(found.item())));
            model.put("staffOnly", fields.stream().filter(ItemView.Field::staffOnly).toList());
        }
        item.filter(found -> found.status() != Status.DRAFT && actions.edit()).ifPresent(found ->
                model.put("warning", messages.get("admin.content.warn." + found.status().name())));
        context.status(status).render("admin/content/item.peb", model);
    }

    /** The fields of the form: the slug only for a new item, then the kind's own, then the note. */
    List<FormField> fields(boolean isNew) {
        List<FormField> fields = new ArrayList<>();
        if (isNew) {
            fields.add(SLUG);
        }
        fields.addAll(kind.form().fields());
        fields.add(NOTE);
        return fields;
    }

    /** {@code proposedSlug} is shown in the slug field's hint and as its placeholder. */
    private ItemView.Field field(FormField field, EditorState state, String proposedSlug) {
        String value = state.value(field.name());
        boolean slug = field.equals(SLUG);
        String hint = field.hint() == null ? null : slug ? messages.get(field.hint(), proposedSlug)
                : messages.get(field.hint());
        return new ItemView.Field(field.name(), "field-" + field.name(),
                messages.get("admin.content.field." + field.name()), hint, field.type().name(), field.required(),
                value, state.problems().get(field.name()), field.choices(),
                field.markdown() && state.preview() ? markdown.toHtml(value) : null, field.staffOnly(),
                slug ? proposedSlug : null);
    }
}
