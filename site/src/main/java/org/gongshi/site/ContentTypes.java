package org.gongshi.site;

import java.util.List;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.index.DocumentSource;
import org.gongshi.site.articles.ContentType;
import org.gongshi.site.articles.PublishedDocuments;
import org.gongshi.site.bulletins.Bulletins;
import org.gongshi.site.cases.Cases;
import org.gongshi.site.policies.Policies;

/** The three core content types over one {@link Storage}; the server and the reindex command index the same way. */
record ContentTypes(ContentType<TypicalCase> cases, ContentType<PolicyText> policies, ContentType<Bulletin> bulletins) {
    static ContentTypes of(Storage storage) {
        return new ContentTypes(
                Cases.contentType(storage.cases(), storage.markdown()),
                Policies.contentType(storage.policies(), storage.markdown()),
                Bulletins.contentType(storage.bulletins(), storage.markdown()));
    }

    List<DocumentSource> documentSources() {
        return List.of(new PublishedDocuments<>(cases), new PublishedDocuments<>(policies),
                new PublishedDocuments<>(bulletins));
    }
}
