package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import org.gongshi.plugin.ListingView;

/** A request that passed every check, ready to be stored: what it asks, about which listing, from whom, and why. */
record Filing(Kind kind, ListingView listing, Ground ground, Applicant applicant, String reason) {
    Filing {
        requireNonNull(kind, "kind");
        requireNonNull(listing, "listing");
        requireNonNull(applicant, "applicant");
        requireNonNull(reason, "reason");
        if (kind == Kind.OBJECTION) {
            requireNonNull(ground, "ground");
        }
    }
}
