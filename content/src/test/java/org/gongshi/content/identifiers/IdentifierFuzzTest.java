package org.gongshi.content.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Parsers fed arbitrary text: they accept or reject with {@link InvalidIdentifierException}, nothing else escapes,
 * what they accept re-parses from its canonical form to the same value, and a person's middle digits never show.
 * Without JAZZER_FUZZ the stored inputs under IdentifierFuzzTestInputs replay as ordinary tests.
 */
class IdentifierFuzzTest {
    @FuzzTest
    void partyIdentifiers(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);
        ParsedIdentifier parsed;
        try {
            parsed = PartyIdentifier.parse(typed);
        } catch (InvalidIdentifierException rejected) {
            return;
        }
        PartyIdentifier identifier = parsed.identifier();
        String canonical = identifier.canonical();
        assertTrue(canonical.matches("[0-9A-Z]+"), canonical);
        assertEquals(identifier, PartyIdentifier.parse(canonical).identifier(), typed);
        if (identifier instanceof ResidentId) {
            assertPersonMasked(canonical, identifier.shown());
        } else {
            assertEquals(identifier, PartyIdentifier.parse(identifier.shown()).identifier(), typed);
        }
    }

    private static void assertPersonMasked(String canonical, String shown) {
        assertEquals(18, canonical.length(), canonical);
        assertEquals(canonical.substring(0, 10) + "****" + canonical.substring(14), shown);
        assertFalse(shown.contains(canonical.substring(10, 14) + canonical.substring(14)), shown);
    }

    @FuzzTest
    void caseNumbers(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);
        CaseNumber number;
        try {
            number = CaseNumber.parse(typed);
        } catch (InvalidIdentifierException rejected) {
            return;
        }
        assertEquals(number, CaseNumber.parse(number.canonical()), typed);
        assertEquals(number.canonical(), CaseNumber.parse(number.canonical()).canonical(), typed);
    }
}
