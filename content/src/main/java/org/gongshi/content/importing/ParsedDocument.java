package org.gongshi.content.importing;

import org.gongshi.content.SaveResult;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.policies.PolicyText;

/** A file read into the record it describes, ready to be saved to the store that owns that kind of content. */
sealed interface ParsedDocument {
    /** Unique across kinds: the kind and the slug, to spot two files in one import that describe the same item. */
    String key();

    String slug();

    SaveResult saveTo(ContentRepositories repositories);

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
    }
}
