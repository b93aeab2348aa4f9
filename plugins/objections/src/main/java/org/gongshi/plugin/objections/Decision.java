package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import org.gongshi.content.listings.DeletionGround;
import org.gongshi.content.listings.Listing;

/**
 * What upholding does to the listing: {@code corrected} is the listing's new content for {@link Remedy#CORRECT},
 * {@code ground} the Art. 10 ground for {@link Remedy#DELETE}; the other is null.
 */
record Decision(Remedy remedy, Listing corrected, DeletionGround ground) {
    Decision {
        requireNonNull(remedy, "remedy");
        switch (remedy) {
            case CORRECT -> requireNonNull(corrected, "corrected");
            case DELETE -> requireNonNull(ground, "ground");
            case REVOKE -> { }
        }
    }
}
