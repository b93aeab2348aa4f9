package org.gongshi.site.plugins;

import java.sql.SQLException;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.IllegalTransitionException;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingNotFoundException;
import org.gongshi.plugin.DeletionGround;
import org.gongshi.plugin.ListingChangeRefusedException;
import org.gongshi.plugin.ListingChangeRefusedException.Reason;
import org.gongshi.plugin.ListingChanges;
import org.gongshi.plugin.ListingCorrection;

/** A plugin's listing changes on its transaction, with the lifecycle's refusals told in the API's one exception. */
record HostedListingChanges(org.gongshi.content.listings.ListingChanges changes) implements ListingChanges {
    @Override
    public void correct(String id, ListingCorrection correction, String actor, String reason) throws SQLException {
        refusedAsApi(() -> changes.correct(id, corrected(current(id), correction), actor, reason));
    }

    @Override
    public void revoke(String id, String actor, String reason) throws SQLException {
        refusedAsApi(() -> changes.revoke(id, actor, reason));
    }

    @Override
    public void delete(String id, DeletionGround ground, String actor, String reason) throws SQLException {
        refusedAsApi(() -> changes.delete(id, org.gongshi.content.listings.DeletionGround.valueOf(ground.name()),
                actor, reason));
    }

    private Listing current(String id) throws SQLException {
        return changes.find(id).orElseThrow(() -> new ListingNotFoundException(id));
    }

    /** {@code current} with the corrected fields replaced; a null field keeps its value. */
    private static Listing corrected(Listing current, ListingCorrection correction) {
        Debtor debtor = current.debtor();
        Enforcement enforcement = current.enforcement();
        Debtor correctedDebtor = new Debtor(debtor.kind(), or(correction.debtorName(), debtor.name()), debtor.sex(),
                debtor.age(), debtor.identifierShown(), debtor.identifierKey(), debtor.legalRepresentative(),
                debtor.superiorBody());
        Enforcement correctedEnforcement = new Enforcement(enforcement.court(), enforcement.province(),
                enforcement.caseNumber(), enforcement.basisNumber(), enforcement.basisIssuer(), enforcement.filedOn(),
                enforcement.obligation(), or(correction.performance(), enforcement.performance()),
                or(correction.performedAmount(), enforcement.performedAmount()),
                or(correction.unperformedAmount(), enforcement.unperformedAmount()),
                or(correction.conduct(), enforcement.conduct()));
        return new Listing(current.id(), correctedDebtor, correctedEnforcement, current.publishedOn(),
                current.rectification(), current.decidedOn(), current.expiresOn(), current.status(),
                current.sourceBatch(), current.createdAt(), current.updatedAt());
    }

    private static <T> T or(T corrected, T current) {
        return corrected == null ? current : corrected;
    }

    private static void refusedAsApi(Change change) throws SQLException {
        try {
            change.make();
        } catch (IllegalTransitionException e) {
            throw new ListingChangeRefusedException(Reason.NOT_ALLOWED, e.getMessage());
        } catch (ListingNotFoundException e) {
            throw new ListingChangeRefusedException(Reason.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            // The listings' last guard, e.g. a full resident ID number typed into a corrected field.
            throw new ListingChangeRefusedException(Reason.INVALID_VALUE, e.getMessage());
        }
    }

    /** One change through the lifecycle. */
    @FunctionalInterface
    private interface Change {
        void make() throws SQLException;
    }
}
