package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The client a request comes from: the socket's peer, unless that peer is a configured trusted proxy; then the
 * right-most hop of X-Forwarded-For (or, without it, of Forwarded) that is not itself a trusted proxy. Headers from
 * any other peer are ignored, so a forged one changes nothing.
 */
public final class ClientAddress {
    private final List<AddressRange> trustedProxies;

    /** {@code trustedProxies}: addresses or CIDR blocks, e.g. {@code 10.0.0.0/8}; empty trusts no proxy. */
    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = requireNonNull(trustedProxies, "trustedProxies").stream()
                .map(AddressRange::parse).toList();
    }

    public ClientKey of(Context context) {
        return ClientKey.of(resolve(context.req().getRemoteAddr(),
                Collections.list(context.req().getHeaders("X-Forwarded-For")),
                Collections.list(context.req().getHeaders("Forwarded"))));
    }

    /** {@code forwardedFor} and {@code forwarded}: the header lines as received, each possibly a list. */
    InetAddress resolve(String peer, List<String> forwardedFor, List<String> forwarded) {
        InetAddress socketPeer = IpLiteral.parse(peer)
                .orElseThrow(() -> new IllegalStateException("the server reported a peer that is no address: " + peer));
        if (!trusted(socketPeer)) {
            return socketPeer;
        }
        List<String> hops = forwardedFor.isEmpty() ? ForwardedHeader.forValues(forwarded) : listItems(forwardedFor);
        InetAddress client = socketPeer;
        for (int index = hops.size() - 1; index >= 0 && trusted(client); index--) {
            Optional<InetAddress> hop = IpLiteral.parse(ForwardedHeader.withoutPort(hops.get(index)));
            if (hop.isEmpty()) {
                break; // "unknown" or garbage: count the request against the trusted hop that reported it
            }
            client = hop.get();
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static List<String> listItems(List<String> headerLines) {
        List<String> items = new ArrayList<>();
        for (String line : headerLines) {
            for (String item : line.split(",")) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
