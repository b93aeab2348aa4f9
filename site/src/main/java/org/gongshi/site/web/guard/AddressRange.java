package org.gongshi.site.web.guard;

import java.net.InetAddress;

/** An address or a CIDR block ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, {@code 192.0.2.7}). */
record AddressRange(byte[] network, int prefixLength) {
    static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", -1);
        InetAddress address = IpLiteral.parse(parts[0]).orElseThrow(() -> invalid(text));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException notANumber) {
                throw invalid(text);
            }
        }
        if (parts.length > 2 || prefix < 0 || prefix > bits) {
            throw invalid(text);
        }
        return new AddressRange(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(
                "受信任代理地址无效：" + text + "（应为 IP 地址或 CIDR 网段，例如 10.0.0.1 或 10.0.0.0/8）");
    }
}
