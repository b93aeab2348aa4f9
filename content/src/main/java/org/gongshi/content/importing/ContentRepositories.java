package org.gongshi.content.importing;

import static java.util.Objects.requireNonNull;

import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.policies.PolicyRepository;

/** The three stores an import writes to. */
record ContentRepositories(CaseRepository cases, PolicyRepository policies, BulletinRepository bulletins) {
    ContentRepositories {
        requireNonNull(cases, "cases");
        requireNonNull(policies, "policies");
        requireNonNull(bulletins, "bulletins");
    }
}
