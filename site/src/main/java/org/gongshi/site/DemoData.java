package org.gongshi.site;

import org.gongshi.content.importing.DemoContent;
import org.gongshi.content.importing.DocumentImporter;
import org.gongshi.content.importing.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** --demo: fills an empty database with the demo cases, policies and bulletins; a used database is left alone. */
final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {}

    static void fillIfEmpty(Storage storage) {
        boolean empty = storage.cases().countPublished() == 0 && storage.policies().countPublished() == 0
                && storage.bulletins().countPublished() == 0;
        if (!empty) {
            LOG.info("demo content not loaded: the database already has content");
            return;
        }
        ImportReport report = new DemoContent(
                new DocumentImporter(storage.cases(), storage.policies(), storage.bulletins())).load();
        if (report.failed() > 0) {
            throw new IllegalStateException("演示内容有 " + report.failed() + " 个文件无法导入：" + report.failures());
        }
        LOG.info("demo content loaded: {}", report.summary());
    }
}
