package org.gongshi.site;

/** --demo: fills an empty database with the demo cases, policies and bulletins; a used database is left alone. */
final class DemoData {
    private DemoData() {}

    static void fillIfEmpty(Storage storage) {
        boolean empty = storage.cases().countPublished() == 0 && storage.policies().countPublished() == 0
                && storage.bulletins().countPublished() == 0;
        if (!empty) {
            return;
        }
        // SEAM(importer): DemoContent is not on the importer branch yet; call it here once it lands.
        throw new IllegalStateException("演示数据尚不可用：DemoContent 还未合并");
    }
}
