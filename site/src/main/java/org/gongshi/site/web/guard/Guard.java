package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.security.SecureRandom;
import java.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.SiteCookie;

/**
 * Anti-harvesting for routes that publish lists: apply {@link #html} or {@link #json} as a before-handler, e.g.
 * {@code routes.before("/listings*", guard.html("listings"))}, and {@link #install} the challenge endpoints once.
 */
public final class Guard {
    static final String PASS_COOKIE = "gongshi-pass";
    static final String PROOF_HEADER = "X-Proof-Of-Work";
    /** Long enough to finish a search session, short enough that one solution cannot feed a scraper for long. */
    public static final Duration PASS_LIFETIME = Duration.ofMinutes(5);

    private final RateLimiter limiter;
    private final ProofOfWorkChallenge challenge;
    private final ClientAddress clientAddress;
    private final Passes passes;
    private final SiteCookie passCookie;

    /** {@code publicUrl}: behind TLS the pass cookie is Secure, like every cookie of the site. */
    public Guard(RateLimiter limiter, ProofOfWorkChallenge challenge, ClientAddress clientAddress, Clock clock,
            Supplier<URI> publicUrl) {
        this.limiter = requireNonNull(limiter, "limiter");
        this.challenge = requireNonNull(challenge, "challenge");
        this.clientAddress = requireNonNull(clientAddress, "clientAddress");
        this.passes = new Passes(new Signer(new SecureRandom()), requireNonNull(clock, "clock"), PASS_LIFETIME);
        this.passCookie = new SiteCookie(PASS_COOKIE, publicUrl);
    }

    /** For pages: over the limit, a zh-CN 429 page that solves a challenge with JavaScript. */
    public Handler html(String bucket) {
        return html(bucket, Set.of());
    }

    /** As {@link #html(String)}; the query parameters named {@code unechoed} (an ID number) stay off the 429 page. */
    public Handler html(String bucket, Set<String> unechoed) {
        return guarding(bucket, Presentation.PAGE, Set.copyOf(unechoed));
    }

    /** For the JSON API: over the limit, 429 problem+json pointing at {@code /api/v1/challenge}. */
    public Handler json(String bucket) {
        return guarding(bucket, Presentation.PROBLEM, Set.of());
    }

    /**
     * For public forms: over the bucket's hard limit, a zh-CN 429 page saying when to send again. No proof of work:
     * a solved challenge could not carry the form's body back, and a form is not a list to harvest.
     */
    public Handler form(String bucket) {
        limiter.limits(bucket);
        return context -> {
            Verdict verdict = limiter.take(bucket, clientAddress.of(context), true);
            switch (verdict.outcome()) {
                case ALLOWED -> { }
                case CHALLENGE, REFUSED -> throw new RateLimitedException(Presentation.FORM, verdict.retryAfter(),
                        false, Set.of());
            }
        };
    }

    /** GET /api/v1/challenge, POST /challenge and the 429 responses. */
    public void install(RoutesConfig routes, Pages pages, Messages messages) {
        ChallengeEndpoints endpoints = new ChallengeEndpoints(challenge, this);
        routes.get(ChallengeEndpoints.API_PATH, endpoints::issue);
        routes.post(ChallengeEndpoints.FORM_PATH, endpoints::redeem);
        routes.exception(RateLimitedException.class, new RateLimitedResponses(pages, messages, challenge));
    }

    private Handler guarding(String bucket, Presentation presentation, Set<String> unechoed) {
        limiter.limits(bucket);
        return context -> {
            ClientKey client = clientAddress.of(context);
            boolean passed = passes.valid(passCookie.read(context).orElse(null), client) || redeemedHeader(context, client);
            Verdict verdict = limiter.take(bucket, client, passed);
            switch (verdict.outcome()) {
                case ALLOWED -> { }
                case CHALLENGE -> throw new RateLimitedException(presentation, verdict.retryAfter(), true, unechoed);
                case REFUSED -> throw new RateLimitedException(presentation, verdict.retryAfter(), false, unechoed);
            }
        };
    }

    private boolean redeemedHeader(Context context, ClientKey client) {
        String proof = context.header(PROOF_HEADER);
        boolean redeemed = proof != null && Solution.decode(proof).map(challenge::redeem).orElse(false);
        if (redeemed) {
            grantPass(context, client);
        }
        return redeemed;
    }

    ClientKey client(Context context) {
        return clientAddress.of(context);
    }

    void grantPass(Context context, ClientKey client) {
        passCookie.set(context, passes.issue(client), PASS_LIFETIME);
    }
}
