package org.gongshi.site.plugins;

import java.sql.Connection;
import java.sql.SQLException;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.plugin.AuditEvent;
import org.gongshi.plugin.AuditTrail;

/** The site's audit log, taking a plugin's entries. */
record HostedAudit(AuditLog log) implements AuditTrail {
    @Override
    public void record(Connection transaction, AuditEvent event) throws SQLException {
        log.record(transaction, entry(event));
    }

    @Override
    public void record(AuditEvent event) {
        log.record(entry(event));
    }

    private static org.gongshi.content.audit.AuditEvent entry(AuditEvent event) {
        org.gongshi.content.audit.AuditEvent entry = org.gongshi.content.audit.AuditEvent.of(event.actor(),
                event.action());
        if (event.objectType() != null) {
            entry = entry.on(event.objectType(), event.objectId());
        }
        return entry.saying(event.detail());
    }
}
