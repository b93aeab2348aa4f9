package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import org.gongshi.plugin.DeletionGround;
import org.gongshi.plugin.ListingCorrection;

/**
 * What upholding does to the listing: {@code corrected} holds the listing's corrected fields for {@link Remedy#CORRECT},
 * {@code ground} the Art. 10 ground for {@link Remedy#DELETE}; the other is null.
 */
record Decision(Remedy remedy, ListingCorrection corrected, DeletionGround ground) {
    Decision {
        requireNonNull(remedy, "remedy");
        switch (remedy) {
            case CORRECT -> requireNonNull(corrected, "corrected");
            case DELETE -> requireNonNull(ground, "ground");
            case REVOKE -> { }
        }
    }
}
