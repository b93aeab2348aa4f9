package org.gongshi.content.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void aPersonShowsTheFirstTenAndLastFourSymbols() {
        ResidentId id = ResidentId.parse("11010519491231002X");

        assertEquals("1101051949****002X", Masking.shown(id));
        assertEquals(Masking.shown(id), id.shown());
    }

    @Test
    void theNationalSitesExampleKeepsItsShape() {
        String seventeen = "34230119640101322";
        ResidentId id = ResidentId.parse(seventeen + GeneratedIdentifiers.residentCheck(seventeen));

        assertEquals("3423011964****" + id.canonical().substring(14), id.shown());
    }

    @Test
    void theLegacyFormIsMaskedAsItsEighteenDigitForm() {
        assertEquals("1101051949****002X", PartyIdentifier.parse("110105491231002").identifier().shown());
    }

    @Test
    void generatedPeopleNeverShowTheirBirthMonthAndDay() {
        GeneratedIdentifiers generated = new GeneratedIdentifiers(10);
        for (int count = 0; count < 500; count++) {
            ResidentId id = ResidentId.parse(generated.residentId());
            String shown = id.shown();

            assertEquals(18, shown.length());
            assertEquals("****", shown.substring(10, 14));
            assertFalse(shown.contains(id.canonical().substring(10, 14) + id.canonical().substring(14)));
        }
    }

    @Test
    void organisationsAreShownInFull() {
        assertEquals("914403001922038216", PartyIdentifier.parse("914403001922038216").identifier().shown());
        assertEquals("19220382-1", PartyIdentifier.parse("192203821").identifier().shown());
    }

    @Test
    void aHandBuiltRecordTooShortToMaskShowsNothing() {
        assertEquals("****", Masking.shown(new ResidentId("1101051949", LocalDate.of(1949, 12, 31), "女")));
    }
}
