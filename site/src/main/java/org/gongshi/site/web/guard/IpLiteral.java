package org.gongshi.site.web.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IP address written as a literal; anything that could be a host name is refused, so nothing ever asks DNS. */
final class IpLiteral {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {}

    /** {@code 192.0.2.1}, {@code 2001:db8::1} or {@code [2001:db8::1]}; IPv4-mapped IPv6 becomes IPv4. */
    static Optional<InetAddress> parse(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }
}
