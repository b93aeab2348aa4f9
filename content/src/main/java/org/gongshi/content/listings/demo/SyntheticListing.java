package org.gongshi.content.listings.demo;

import java.util.List;
import org.gongshi.content.listings.DebtorKind;

/**
 * One generated row, as text in the columns of {@link SyntheticListings#HEADERS}, with the full identifier so that an
 * import can check and key it. {@code superiorBody} and {@code rectification} are null except for public bodies.
 */
public record SyntheticListing(
        DebtorKind kind,
        String name,
        String sex,
        String age,
        String identifier,
        String legalRepresentative,
        String court,
        String province,
        String caseNumber,
        String basisNumber,
        String basisIssuer,
        String filedOn,
        String obligation,
        String performance,
        String performedAmount,
        String unperformedAmount,
        String conduct,
        String publishedOn,
        String superiorBody,
        String rectification,
        String decidedOn) {

    /** The values in header order. */
    List<String> values() {
        return java.util.Arrays.asList(name, sex, age, identifier, legalRepresentative, court, province, caseNumber,
                basisNumber, basisIssuer, filedOn, obligation, performance, performedAmount, unperformedAmount,
                conduct, publishedOn, kind.label(), superiorBody, rectification, decidedOn);
    }
}
