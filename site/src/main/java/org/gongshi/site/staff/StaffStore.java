package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.staff.AccountRepository;
import org.gongshi.content.staff.KnownDevices;
import org.gongshi.content.staff.SecondFactors;
import org.gongshi.content.staff.StaffSessions;
import org.gongshi.content.store.Database;

/**
 * The back office's storage: accounts, their second factors, sessions, the browsers they signed in from, and the audit
 * log, all in the site database.
 */
public record StaffStore(AccountRepository accounts, SecondFactors secondFactors, StaffSessions sessions,
        KnownDevices devices, AuditLog audit) {
    public StaffStore {
        requireNonNull(accounts, "accounts");
        requireNonNull(secondFactors, "secondFactors");
        requireNonNull(sessions, "sessions");
        requireNonNull(devices, "devices");
        requireNonNull(audit, "audit");
    }

    public static StaffStore open(Database database, Clock clock) {
        SecureRandom random = new SecureRandom();
        return new StaffStore(new AccountRepository(database, clock), new SecondFactors(database, clock),
                new StaffSessions(database, clock, random), new KnownDevices(database, clock, random),
                new AuditLog(database, clock));
    }
}
