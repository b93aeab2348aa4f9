package org.gongshi.plugin.objections;

import java.time.LocalDate;

/** What the applicant takes away: the tracking number, the query code (shown only here) and the first deadline. */
record Receipt(String trackingNumber, String queryCode, Kind kind, LocalDate submittedOn, LocalDate acceptBy) {
    public String queryCodeGrouped() {
        return Codes.grouped(queryCode);
    }
}
