package org.gongshi.site.admin.content;

import static org.gongshi.site.admin.content.FormField.Type.DATE;
import static org.gongshi.site.admin.content.FormField.Type.FLAG;
import static org.gongshi.site.admin.content.FormField.Type.MARKDOWN;
import static org.gongshi.site.admin.content.FormField.Type.TEXT;

import java.util.List;
import java.util.Map;
import org.gongshi.content.Status;
import org.gongshi.content.cases.TypicalCase;

/** The form of a typical case: its particulars and its three Markdown sections. */
final class CaseForm implements ItemForm<TypicalCase> {
    private static final List<FormField> FIELDS = List.of(
            FormField.of("title", TEXT).mandatory(),
            FormField.of("court", TEXT).mandatory(),
            FormField.of("case_number", TEXT).hinted(),
            FormField.of("region", TEXT),
            FormField.of("case_date", DATE).mandatory(),
            FormField.of("category", TEXT),
            FormField.of("facts", MARKDOWN).mandatory(),
            FormField.of("enforcement", MARKDOWN),
            FormField.of("significance", MARKDOWN),
            FormField.of("tags", TEXT).hinted(),
            FormField.of("featured", FLAG).hinted().forStaffOnly());

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, String> values(TypicalCase item) {
        return new FormValues().text("title", item.title()).text("court", item.court())
                .text("case_number", item.caseNumber()).text("region", item.region()).date("case_date", item.date())
                .text("category", item.category()).text("facts", item.facts())
                .text("enforcement", item.enforcement()).text("significance", item.significance())
                .joined("tags", item.tags()).flag("featured", item.featured()).build();
    }

    @Override
    public TypicalCase read(String slug, FieldReader fields) {
        return new TypicalCase(slug, fields.text("title"), fields.text("court"), fields.text("case_number"),
                fields.text("region"), fields.date("case_date"), fields.text("category"), fields.block("facts"),
                fields.block("enforcement"), fields.block("significance"), fields.list("tags"),
                fields.flag("featured"), Status.DRAFT, null, null);
    }
}
