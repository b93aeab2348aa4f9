package org.gongshi.content.importing;

import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.policies.PolicyText;

/** A file read into the record it describes, ready to be saved to the store that owns that kind of content. */
sealed interface ParsedDocument {
    /** Unique across kinds: the kind and the slug, to spot two files in one import that describe the same item. */
    String key();

    String slug();

    SaveResult saveTo(ContentRepositories repositories);

    /** The same document, to be saved with {@code status} whatever its file said. */
    ParsedDocument withStatus(Status status);

    /** The status of the item already stored under this slug, if there is one. */
    Optional<Status> storedStatus(ContentRepositories repositories);

    /** What a reviewer reads before the document is saved. */
    ImportedDocument described();

    record CaseItem(TypicalCase item) implements ParsedDocument {
        @Override
        public String key() {
            return "case:" + item.slug();
        }

        @Override
        public String slug() {
            return item.slug();
        }

        @Override
        public SaveResult saveTo(ContentRepositories repositories) {
            return repositories.cases().save(item);
        }

        @Override
        public ParsedDocument withStatus(Status status) {
            return new CaseItem(new TypicalCase(item.slug(), item.title(), item.court(), item.caseNumber(),
                    item.region(), item.date(), item.category(), item.facts(), item.enforcement(),
                    item.significance(), item.tags(), item.featured(), status, item.createdAt(), item.updatedAt()));
        }

        @Override
        public Optional<Status> storedStatus(ContentRepositories repositories) {
            return repositories.cases().find(item.slug()).map(TypicalCase::status);
        }

        @Override
        public ImportedDocument described() {
            String body = "## " + CaseDocuments.FACTS + "\n\n" + item.facts() + "\n\n## " + CaseDocuments.ENFORCEMENT
                    + "\n\n" + item.enforcement() + "\n\n## " + CaseDocuments.SIGNIFICANCE + "\n\n"
                    + item.significance() + "\n";
            return new ImportedDocument(this, DocumentKind.CASE, item.title(), item.court(), item.caseNumber(),
                    item.date(), null, body);
        }
    }

    record PolicyItem(PolicyText item) implements ParsedDocument {
        @Override
        public String key() {
            return "policy:" + item.slug();
        }

        @Override
        public String slug() {
            return item.slug();
        }

        @Override
        public SaveResult saveTo(ContentRepositories repositories) {
            return repositories.policies().save(item);
        }

        @Override
        public ParsedDocument withStatus(Status status) {
            return new PolicyItem(new PolicyText(item.slug(), item.title(), item.issuer(), item.documentNumber(),
                    item.writtenOn(), item.effectiveOn(), item.validity(), item.supersededBy(),
                    item.interpretations(), item.body(), status, item.createdAt(), item.updatedAt()));
        }

        @Override
        public Optional<Status> storedStatus(ContentRepositories repositories) {
            return repositories.policies().find(item.slug()).map(PolicyText::status);
        }

        @Override
        public ImportedDocument described() {
            return new ImportedDocument(this, DocumentKind.POLICY, item.title(), item.issuer(),
                    item.documentNumber(), item.writtenOn(), item.effectiveOn(), item.body());
        }
    }

    record BulletinItem(Bulletin item) implements ParsedDocument {
        @Override
        public String key() {
            return "bulletin:" + item.slug();
        }

        @Override
        public String slug() {
            return item.slug();
        }

        @Override
        public SaveResult saveTo(ContentRepositories repositories) {
            return repositories.bulletins().save(item);
        }

        @Override
        public ParsedDocument withStatus(Status status) {
            return new BulletinItem(new Bulletin(item.slug(), item.title(), item.issuingUnit(), item.period(),
                    item.date(), item.body(), item.statistics(), status, item.createdAt(), item.updatedAt()));
        }

        @Override
        public Optional<Status> storedStatus(ContentRepositories repositories) {
            return repositories.bulletins().find(item.slug()).map(Bulletin::status);
        }

        @Override
        public ImportedDocument described() {
            return new ImportedDocument(this, DocumentKind.BULLETIN, item.title(), item.issuingUnit(), null,
                    item.date(), null, item.body());
        }
    }
}
