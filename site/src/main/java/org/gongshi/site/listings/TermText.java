package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.Messages;

/**
 * A listing's term as the public reads it (Art. 2 of the 2017 provisions): 至2027年3月1日, marked when a court extended
 * it, or 履行完毕后删除 for a listing with no fixed term, which stays until an Art. 10 ground removes it.
 */
final class TermText {
    private final Messages messages;

    TermText(Messages messages) {
        this.messages = requireNonNull(messages, "messages");
    }

    String of(LocalDate expiresOn, boolean extended) {
        if (expiresOn == null) {
            return messages.get("listings.term.untilRemoved");
        }
        return messages.get(extended ? "listings.term.extended" : "listings.term.until", ChineseDates.format(expiresOn));
    }
}
