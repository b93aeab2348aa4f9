package org.gongshi.site.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final ClientAddress BEHIND_PROXY = new ClientAddress(List.of("10.0.0.0/8", "2001:db8:ffff::1"));
    private static final ClientAddress DIRECT = new ClientAddress(List.of());

    @Test
    void anUntrustedPeerIsTheClientWhateverItsHeadersSay() {
        assertEquals("198.51.100.7", key(DIRECT, "198.51.100.7", List.of("203.0.113.1"), List.of("for=203.0.113.2")));
        assertEquals("198.51.100.7", key(BEHIND_PROXY, "198.51.100.7", List.of("10.0.0.5, 203.0.113.1"), List.of()));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        assertEquals("203.0.113.9", key(BEHIND_PROXY, "10.0.0.1", List.of("203.0.113.9"), List.of()));
        // the client forged the first entry; the proxy appended the address it really saw
        assertEquals("203.0.113.9", key(BEHIND_PROXY, "10.0.0.1", List.of("1.2.3.4, 203.0.113.9"), List.of()));
        // two trusted proxies in a row, over two header lines
        assertEquals("203.0.113.9", key(BEHIND_PROXY, "10.0.0.1", List.of("1.2.3.4, 203.0.113.9", "10.1.1.1"),
                List.of()));
    }

    @Test
    void forwardedIsReadWhenThereIsNoXForwardedFor() {
        assertEquals("203.0.113.9", key(BEHIND_PROXY, "10.0.0.1", List.of(),
                List.of("for=1.2.3.4;proto=https, for=\"203.0.113.9:4711\";by=10.0.0.1")));
        assertEquals(ClientKey.of(address("2001:db8:1:2::")).value(), key(BEHIND_PROXY, "10.0.0.1", List.of(),
                List.of("for=\"[2001:db8:1:2::17]:4711\"")));
    }

    @Test
    void aHopThatIsNoAddressLeavesTheRequestWithTheProxyThatReportedIt() {
        assertEquals("10.0.0.1", key(BEHIND_PROXY, "10.0.0.1", List.of("unknown"), List.of()));
        assertEquals("10.0.0.1", key(BEHIND_PROXY, "10.0.0.1", List.of("example.com"), List.of()));
        assertEquals("10.0.0.1", key(BEHIND_PROXY, "10.0.0.1", List.of(), List.of("for=_hidden")));
        assertEquals("10.0.0.1", key(BEHIND_PROXY, "10.0.0.1", List.of(), List.of()));
    }

    @Test
    void ipv6ClientsAreGroupedByTheirSlash64() {
        String one = key(DIRECT, "2001:db8:1:2:aaaa::1", List.of(), List.of());
        assertEquals(one, key(DIRECT, "2001:db8:1:2:ffff:1:2:3", List.of(), List.of()));
        assertNotEquals(one, key(DIRECT, "2001:db8:1:3::1", List.of(), List.of()));
        assertTrue(one.endsWith("/64"), one);
        assertEquals(key(DIRECT, "2001:db8:ffff::1", List.of(), List.of()),
                key(BEHIND_PROXY, "2001:db8:ffff::1", List.of("2001:db8:ffff::2"), List.of()),
                "a trusted IPv6 proxy's header names a client in its own /64");
    }

    @Test
    void ipv4MappedIpv6IsTheIpv4Address() {
        assertEquals("192.0.2.1", key(DIRECT, "::ffff:192.0.2.1", List.of(), List.of()));
    }

    @Test
    void aSettingThatIsNoAddressStopsStartUpWithTheReason() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new ClientAddress(List.of("proxy.example.com")));
        assertTrue(failure.getMessage().contains("proxy.example.com"), failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/8/8")));
    }

    private static String key(ClientAddress clientAddress, String peer, List<String> forwardedFor,
            List<String> forwarded) {
        return ClientKey.of(clientAddress.resolve(peer, forwardedFor, forwarded)).value();
    }

    private static InetAddress address(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
