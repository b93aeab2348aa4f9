package org.gongshi.site.admin.content;

import static org.gongshi.site.admin.content.FormField.Type.DATE;
import static org.gongshi.site.admin.content.FormField.Type.LINES;
import static org.gongshi.site.admin.content.FormField.Type.MARKDOWN;
import static org.gongshi.site.admin.content.FormField.Type.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongshi.content.Link;
import org.gongshi.content.Status;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;

/** The form of a policy text: its header particulars, its 解读 links one a line, and its Markdown body. */
final class PolicyForm implements ItemForm<PolicyText> {
    /** The same rule the public page applies before printing a 解读 link: the web, or a path on this site. */
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|/(?!/))\\S*");
    private static final String SEPARATOR = " | ";

    private static final List<FormField> FIELDS = List.of(
            FormField.of("title", TEXT).mandatory(),
            FormField.of("issuer", TEXT).mandatory(),
            FormField.of("document_number", TEXT).hinted(),
            FormField.of("written_on", DATE),
            FormField.of("effective_on", DATE),
            FormField.choice("validity", Arrays.stream(Validity.values())
                    .map(validity -> new FormField.Choice(validity.name(), validity.label())).toList()),
            FormField.of("superseded_by", TEXT).hinted(),
            FormField.of("interpretations", LINES).hinted(),
            FormField.of("body", MARKDOWN).mandatory());

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, String> values(PolicyText item) {
        return new FormValues().text("title", item.title()).text("issuer", item.issuer())
                .text("document_number", item.documentNumber()).date("written_on", item.writtenOn())
                .date("effective_on", item.effectiveOn())
                .text("validity", item.validity() == null ? null : item.validity().name())
                .text("superseded_by", item.supersededBy())
                .lines("interpretations", item.interpretations().stream()
                        .map(link -> link.title() + SEPARATOR + link.url()).toList())
                .text("body", item.body()).build();
    }

    @Override
    public PolicyText read(String slug, FieldReader fields) {
        String successor = fields.text("superseded_by");
        if (successor != null && !SlugField.valid(successor)) {
            successor = fields.refuse("superseded_by", "admin.content.error.slug");
        }
        return new PolicyText(slug, fields.text("title"), fields.text("issuer"), fields.text("document_number"),
                fields.date("written_on"), fields.date("effective_on"), fields.choice("validity", Validity.class),
                successor, links(fields), fields.block("body"), Status.DRAFT, null, null);
    }

    @Override
    public String display(String field, String stored) {
        return "validity".equals(field) && stored != null ? Validity.valueOf(stored).label() : stored;
    }

    /** One link a line: 标题 | 网址. */
    private static List<Link> links(FieldReader fields) {
        List<Link> links = new ArrayList<>();
        List<String> lines = fields.lines("interpretations");
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            int split = line.lastIndexOf('|');
            String title = split < 0 ? "" : line.substring(0, split).strip();
            String url = split < 0 ? "" : line.substring(split + 1).strip();
            if (title.isEmpty() || !LINK.matcher(url).matches()) {
                fields.refuse("interpretations", "admin.content.error.link", number);
                return List.of();
            }
            links.add(new Link(title, url));
        }
        return links;
    }
}
