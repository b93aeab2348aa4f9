package org.gongshi.content.listings.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.identifiers.CreditCode;
import org.gongshi.content.identifiers.ParsedIdentifier;
import org.gongshi.content.identifiers.PartyIdentifier;
import org.gongshi.content.identifiers.ResidentId;
import org.junit.jupiter.api.Test;

class SyntheticListingsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Test
    void everyNumberPassesTheValidatorsAndEveryPersonIsAnAdult() {
        List<SyntheticListing> rows = new SyntheticListings(3, AS_OF).rows(20_000).toList();
        for (SyntheticListing row : rows) {
            ParsedIdentifier parsed = PartyIdentifier.parse(row.identifier());
            assertEquals(List.of(), parsed.warnings(), row.identifier());
            if (parsed.identifier() instanceof ResidentId person) {
                assertTrue(person.ageOn(LocalDate.parse(row.decidedOn())) >= 18, row.identifier());
            } else {
                assertTrue(((CreditCode) parsed.identifier()).checkDigitValid(), row.identifier());
            }
            CaseNumber caseNumber = CaseNumber.parse(row.caseNumber());
            assertTrue(row.court().startsWith(Courts.ALL.stream().filter(c -> c.code().equals(caseNumber.court()))
                    .findFirst().orElseThrow().name()), row.caseNumber() + " " + row.court());
        }
        long publicBodies = rows.stream().filter(row -> row.kind().isPublicBody()).count();
        double share = publicBodies / (double) rows.size();
        assertTrue(share > 0.05 && share < 0.08, "share of public bodies " + share);
        assertTrue(rows.stream().filter(row -> row.kind().isPublicBody())
                .allMatch(row -> row.superiorBody() != null && row.rectification() != null));
    }

    @Test
    void theSameSeedGivesTheSameFile() throws IOException {
        assertEquals(csv(9), csv(9));
        assertTrue(!csv(9).equals(csv(10)));
    }

    private static String csv(long seed) throws IOException {
        StringWriter writer = new StringWriter();
        new SyntheticListings(seed, AS_OF).writeCsv(500, writer);
        return writer.toString();
    }
}
