package org.gongshi.site.cases;

import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.Rendered;

/**
 * A case with its three Markdown sections rendered to sanitized HTML, which alone may be printed raw, and its 案号 in
 * the official form with （）, whatever brackets it was stored with (as written when it is no 案号 the parser knows).
 */
record CaseView(TypicalCase item, String caseNumber, String factsHtml, String enforcementHtml,
        String significanceHtml) {
    static CaseView of(Rendered<TypicalCase> rendered) {
        TypicalCase item = rendered.item();
        return new CaseView(item, official(item.caseNumber()), rendered.html("facts"), rendered.html("enforcement"),
                rendered.html("significance"));
    }

    private static String official(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return null;
        }
        try {
            return CaseNumber.parse(caseNumber).canonical();
        } catch (InvalidIdentifierException notOne) {
            return caseNumber;
        }
    }
}
