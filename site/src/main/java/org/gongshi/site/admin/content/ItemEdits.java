package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.content.editorial.Saved;
import org.gongshi.plugin.StaffMember;

/**
 * POST /admin/{kind}/new and /admin/{kind}/{slug}: the 预览 button shows the form again with its Markdown rendered;
 * the save button saves a draft (a new revision) and goes back to the item, or shows the form again with the problems
 * beside their fields (422), or, when someone else saved in between, with the newer revision named (409).
 */
final class ItemEdits<T> {
    private final KindScreens<T> screens;
    private final ContentKind<T> kind;
    private final ItemPage<T> page;

    ItemEdits(KindScreens<T> screens) {
        this.screens = requireNonNull(screens, "screens");
        this.kind = screens.kind();
        this.page = screens.page();
    }

    /** Under the typed slug, or when none is typed, the first free one proposed from the item's date and title. */
    void create(Context context) {
        List<FormField> fields = page.fields(true);
        Map<String, String> values = sent(context, fields);
        String slug = values.getOrDefault(SlugField.NAME, "").strip();
        FieldReader reader = new FieldReader(fields, values, screens.messages());
        T item = kind.form().read(slug, reader);
        String note = reader.text(ItemPage.NOTE.name());
        if (!slug.isEmpty()) {
            Optional.ofNullable(SlugField.problem(slug, kind.queries().find(slug).isPresent()))
                    .ifPresent(problem -> reader.refuse(SlugField.NAME, problem));
        }
        if (refused(context, Optional.empty(), values, reader)) {
            return;
        }
        String author = StaffMember.current(context).name();
        Optional<EditorialItem<T>> created = slug.isEmpty()
                ? page.freeSlugs(values).map(free -> kind.workflow().createDraft(kind.form().read(free, reader),
                        author, note)).flatMap(Optional::stream).findFirst()
                : kind.workflow().createDraft(item, author, note);
        if (created.isEmpty()) { // someone took the typed slug since it was checked
            reader.refuse(SlugField.NAME, "admin.content.error.slugTaken");
            refused(context, Optional.empty(), values, reader);
            return;
        }
        screens.audit().record(context, "create", kind, created.get().slug(), note);
        screens.backTo(context, created.get().slug(), Done.CREATED);
    }

    void update(Context context) {
        EditorialItem<T> current = page.find(context);
        List<FormField> fields = page.fields(false);
        Map<String, String> values = sent(context, fields);
        FieldReader reader = new FieldReader(fields, values, screens.messages());
        T item = kind.form().read(current.slug(), reader);
        String note = reader.text(ItemPage.NOTE.name());
        if (refused(context, Optional.of(current), values, reader)) {
            return;
        }
        if (!SeenRevision.current(context, current)) {
            screens.refuseStale(context, current, new EditorState(values, Map.of(), note, false));
            return;
        }
        save(context, item, note);
    }

    /** Shows the form again instead of saving: for the preview (200), or with the problems found (422). */
    private boolean refused(Context context, Optional<EditorialItem<T>> current, Map<String, String> values,
            FieldReader reader) {
        boolean preview = "preview".equals(context.formParam("action"));
        if (!preview && reader.problems().isEmpty()) {
            return false;
        }
        Map<String, String> problems = preview ? Map.of() : reader.problems();
        page.render(context, preview ? 200 : 422, current,
                new EditorState(values, problems, values.get(ItemPage.NOTE.name()), preview), Map.of());
        return true;
    }

    private void save(Context context, T item, String note) {
        Saved<T> saved = kind.workflow().saveDraft(item, StaffMember.current(context).name(), note);
        String slug = saved.item().slug();
        if (saved.result() != SaveResult.UNCHANGED) {
            screens.audit().record(context, "edit", kind, slug, note);
        }
        Done done = switch (saved.result()) {
            case CREATED -> Done.CREATED;
            case UPDATED -> Done.SAVED;
            case UNCHANGED -> Done.UNCHANGED;
        };
        screens.backTo(context, slug, done);
    }

    /** The form's own fields as sent; anything else is ignored. */
    private static Map<String, String> sent(Context context, List<FormField> fields) {
        Map<String, String> values = new HashMap<>();
        for (FormField field : fields) {
            String value = context.formParam(field.name());
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }
}
