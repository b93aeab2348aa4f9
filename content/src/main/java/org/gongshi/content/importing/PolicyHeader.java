package org.gongshi.content.importing;

import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.policies.Validity;

/** What the top (and the signature) of a plain-text document says about it, and the lines of its body. */
record PolicyHeader(
        String title,
        String issuer,
        String documentNumber,
        LocalDate writtenOn,
        LocalDate effectiveOn,
        Validity validity,
        List<String> body) {
    PolicyHeader {
        body = List.copyOf(body);
    }
}
