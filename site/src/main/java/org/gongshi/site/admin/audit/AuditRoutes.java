package org.gongshi.site.admin.audit;

import org.gongshi.content.audit.AuditLog;
import org.gongshi.site.staff.Access;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.staff.StaffRoutes;
import org.gongshi.site.web.Messages;

/** The audit log viewer, for whoever may read the log. */
public final class AuditRoutes {
    private static final String PATH = "/admin/audit";

    private AuditRoutes() {}

    public static void install(StaffRoutes staff, AuditLog log, Messages messages) {
        Access read = Access.permission(CorePermissions.AUDIT);
        staff.get(PATH, read, new AuditPage(log)::show);
        staff.menu(messages.get("admin.menu.audit"), PATH, read);
    }
}
