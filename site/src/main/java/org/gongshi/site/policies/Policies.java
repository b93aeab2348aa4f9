package org.gongshi.site.policies;

import java.util.Optional;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.index.SearchDocument;
import org.gongshi.site.articles.ContentType;
import org.gongshi.site.articles.ListItem;

/** Policy texts (政策文件) at /policies, filed under the 发布机关 and found by 文号 as well as by words. */
public final class Policies {
    public static final String TYPE = "policy";

    private Policies() {}

    public static ContentType<PolicyText> contentType(PolicyRepository repository, MarkdownRenderer markdown) {
        WrittenYears writtenYears = new WrittenYears();
        return new ContentType<>(TYPE, "政策文件", "policies", repository, PolicyText::slug,
                item -> ListItem.of(item.title(), "/policies/" + item.slug(), item.writtenOn(),
                        item.issuer(), item.documentNumber(), item.validity().label()),
                item -> document(item, markdown),
                rendered -> PolicyView.of(rendered, successor(repository, rendered.item()),
                        writtenYears.of(rendered.item())));
    }

    private static Optional<PolicyText> successor(PolicyRepository repository, PolicyText item) {
        return item.supersededBy() == null ? Optional.empty() : repository.findPublished(item.supersededBy());
    }

    private static SearchDocument document(PolicyText item, MarkdownRenderer markdown) {
        return new SearchDocument(TYPE + ":" + item.slug(), TYPE, item.title(), markdown.toPlainText(item.body()),
                "/policies/" + item.slug(), item.writtenOn(), item.documentNumber(), item.issuer(), null, null);
    }
}
