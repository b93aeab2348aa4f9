package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Whom a limit counts against: an IPv4 address, or an IPv6 /64 prefix, since one host usually owns a whole /64 and
 * could otherwise rotate addresses inside it.
 */
public record ClientKey(String value) {
    private static final int IPV6_PREFIX_BYTES = 8;

    public ClientKey {
        requireNonNull(value, "value");
    }

    public static ClientKey of(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return new ClientKey(address.getHostAddress());
        }
        byte[] prefix = address.getAddress();
        Arrays.fill(prefix, IPV6_PREFIX_BYTES, prefix.length, (byte) 0);
        try {
            return new ClientKey(InetAddress.getByAddress(prefix).getHostAddress() + "/64");
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", impossible);
        }
    }
}
