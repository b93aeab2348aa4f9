package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.gongshi.site.web.InvalidRequestException;

/** GET /api/v1/challenge hands out a challenge; POST /challenge redeems the page's solution and goes back. */
final class ChallengeEndpoints {
    static final String API_PATH = "/api/v1/challenge";
    static final String FORM_PATH = "/challenge";

    private final ProofOfWorkChallenge challenge;
    private final Guard guard;

    ChallengeEndpoints(ProofOfWorkChallenge challenge, Guard guard) {
        this.challenge = requireNonNull(challenge, "challenge");
        this.guard = requireNonNull(guard, "guard");
    }

    void issue(Context context) {
        context.header("Cache-Control", "no-store").json(challenge.issue());
    }

    void redeem(Context context) {
        boolean redeemed = Solution.decode(context.formParam("proof")).map(challenge::redeem).orElse(false);
        if (!redeemed) {
            throw new InvalidRequestException("guard.failed");
        }
        guard.grantPass(context, guard.client(context));
        context.redirect(ReturnAddress.safe(context.formParam("return")), HttpStatus.SEE_OTHER);
    }
}
