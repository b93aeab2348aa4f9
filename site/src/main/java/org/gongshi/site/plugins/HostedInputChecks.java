package org.gongshi.site.plugins;

import java.math.BigDecimal;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.identifiers.PartyIdentifier;
import org.gongshi.content.values.BoundedValues;
import org.gongshi.content.values.InvalidValueException;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.InvalidInputException;

/** The content's rules for identifiers and amounts, with their refusals in the API's exception. */
final class HostedInputChecks implements InputChecks {
    @Override
    public String identifier(String typed) {
        try {
            return PartyIdentifier.parse(typed).identifier().canonical();
        } catch (InvalidIdentifierException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    @Override
    public String shownIdentifier(String canonical) {
        return PartyIdentifier.parse(canonical).identifier().shown();
    }

    @Override
    public BigDecimal yuan(String typed) {
        try {
            return BoundedValues.yuan(typed);
        } catch (InvalidValueException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
