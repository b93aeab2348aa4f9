package org.gongshi.site.uploads;

import org.gongshi.content.uploads.UploadStore;
import org.gongshi.site.staff.Access;
import org.gongshi.site.staff.AuditTrail;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.staff.StaffRoutes;
import org.gongshi.site.web.Messages;

/** The back-office screen where editors upload article images and attachments to the public articles area. */
public final class UploadAdmin {
    static final String PATH = "/admin/uploads";

    private UploadAdmin() {}

    public static void install(StaffRoutes routes, UploadStore articles, AuditTrail audit,
            Messages messages) {
        Access access = Access.permission(CorePermissions.CONTENT_UPLOAD);
        ArticleUploadPage page = new ArticleUploadPage(articles, audit, messages);
        routes.get(PATH, access, page::show);
        routes.post(PATH, access, page::upload);
        routes.menu(messages.get("admin.uploads.menu"), PATH, access);
    }
}
