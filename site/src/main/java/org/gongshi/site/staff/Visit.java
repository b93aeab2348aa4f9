package org.gongshi.site.staff;

import org.gongshi.content.staff.Account;
import org.gongshi.content.staff.StaffSession;

/** The staff session a request arrived with, its token and its (enabled) account. */
record Visit(String token, StaffSession session, Account account) {
    boolean signedIn() {
        return session.authenticated();
    }
}
