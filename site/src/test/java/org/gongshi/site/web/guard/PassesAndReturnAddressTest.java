package org.gongshi.site.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.gongshi.content.testing.SettableClock;
import org.junit.jupiter.api.Test;

class PassesAndReturnAddressTest {
    private static final ClientKey ALICE = new ClientKey("192.0.2.1");

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final Passes passes = new Passes(new Signer(new SecureRandom()), clock, Duration.ofMinutes(5));

    @Test
    void aPassHoldsForItsClientUntilItExpires() {
        String pass = passes.issue(ALICE);
        assertTrue(passes.valid(pass, ALICE));
        assertFalse(passes.valid(pass, new ClientKey("192.0.2.2")), "bound to the client");
        assertFalse(passes.valid(pass.replaceFirst("^\\d", "9"), ALICE), "the expiry is signed");
        assertFalse(passes.valid(null, ALICE));
        assertFalse(passes.valid("garbage", ALICE));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertFalse(passes.valid(pass, ALICE));
    }

    @Test
    void onlyPathsOnThisSiteAreReturnedTo() {
        assertEquals("/listings?page=2&q=%E5%85%AC", ReturnAddress.safe("/listings?page=2&q=%E5%85%AC"));
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example",
                "\\\\evil.example", "javascript:alert(1)", "listings", "/a\r\nSet-Cookie: x=y", "", null}) {
            assertEquals("/", ReturnAddress.safe(elsewhere), String.valueOf(elsewhere));
        }
    }
}
