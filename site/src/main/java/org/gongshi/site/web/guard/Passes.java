package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pass is what a solved challenge buys: for {@code lifetime}, requests from the same client skip the soft limits
 * (never the hard ones). Its text is {@code <expiry>.<signature>}; the signature covers the client, so a pass copied
 * to another address is worthless.
 */
final class Passes {
    private static final String PURPOSE = "pass";
    private static final Pattern PASS = Pattern.compile("(\\d{1,12})\\.([0-9a-f]{64})");

    private final Signer signer;
    private final Clock clock;
    private final Duration lifetime;

    Passes(Signer signer, Clock clock, Duration lifetime) {
        this.signer = requireNonNull(signer, "signer");
        this.clock = requireNonNull(clock, "clock");
        this.lifetime = requireNonNull(lifetime, "lifetime");
    }

    String issue(ClientKey client) {
        long expiresAt = clock.instant().plus(lifetime).getEpochSecond();
        return expiresAt + "." + signer.sign(PURPOSE, client.value() + "|" + expiresAt);
    }

    boolean valid(String pass, ClientKey client) {
        if (pass == null) {
            return false;
        }
        Matcher parts = PASS.matcher(pass);
        return parts.matches() && Long.parseLong(parts.group(1)) >= clock.instant().getEpochSecond()
                && signer.verify(PURPOSE, client.value() + "|" + parts.group(1), parts.group(2));
    }

    Duration lifetime() {
        return lifetime;
    }
}
