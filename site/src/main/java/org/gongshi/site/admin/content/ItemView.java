package org.gongshi.site.admin.content;

import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.editorial.EditorialAction;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.web.ChineseDates;

/** The records the item page prints: the item's standing, its fields, and the actions open to this member. */
final class ItemView {
    private ItemView() {}

    /** Where the item stands; {@code publicUrl} only while the public can read it. */
    public record Standing(String slug, String title, String status, String statusLabel, String publishAt,
            String updatedAt, int revision, String revisedBy, String publicUrl) {
        static Standing of(ContentKind<?> kind, EditorialItem<?> item) {
            return new Standing(item.slug(), item.title(), item.status().name(), item.status().label(),
                    ChineseDates.dateTime(item.publishAt()), ChineseDates.dateTime(item.updatedAt()), item.revision(),
                    item.revisedBy(), item.status().isPublic() ? kind.publicPath(item.slug()) : null);
        }
    }

    /**
     * A field as the form shows it, with its text and what is wrong with it; {@code html} is its rendered preview,
     * {@code placeholder} what an empty field stands for (the slug a new item gets when none is typed).
     */
    public record Field(String name, String id, String label, String hint, String type, boolean required,
            String value, String error, List<FormField.Choice> choices, String html, boolean staffOnly,
            String placeholder) {
        /** The ids of the texts that describe the input: its hint, the Markdown hint, its problem. */
        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (hint != null) {
                ids.add(id + "-hint");
            }
            if (FormField.Type.MARKDOWN.name().equals(type)) {
                ids.add(id + "-markdown");
            }
            if (error != null) {
                ids.add(id + "-error");
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }

        /** The value as a reader of the read-only page sees it: a choice by its label, a flag as 是 or 否. */
        public String shown() {
            if (FormField.Type.FLAG.name().equals(type)) {
                return value.isEmpty() ? "否" : "是";
            }
            return choices.stream().filter(choice -> choice.value().equals(value)).map(FormField.Choice::label)
                    .findFirst().orElse(value);
        }
    }

    /** A refused field, linked from the summary at the top of the form. */
    public record Problem(String id, String label, String message) {}

    /** The buttons shown: what the item's status allows, and what this member may do. */
    public record Actions(boolean edit, boolean submit, boolean approve, boolean publish, boolean returnToDraft,
            boolean archive) {
        static Actions forNew(StaffMember member) {
            return new Actions(member.can(CorePermissions.CONTENT_WRITE), false, false, false, false, false);
        }

        static Actions of(EditorialItem<?> item, StaffMember member) {
            boolean write = member.can(CorePermissions.CONTENT_WRITE);
            boolean review = member.can(CorePermissions.CONTENT_REVIEW);
            return new Actions(write, write && item.allows(EditorialAction.SUBMIT),
                    review && item.allows(EditorialAction.APPROVE), review && item.allows(EditorialAction.PUBLISH),
                    review && item.allows(EditorialAction.RETURN), review && item.allows(EditorialAction.ARCHIVE));
        }
    }

    /** An action refused for what was typed into its form (a missing reason, an unreadable time), shown beside it. */
    public record Refusal(String action, String value, String message) {}
}
