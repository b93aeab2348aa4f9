package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * How to run the site: {@code dataDirectory} holds gongshi.db, index/, uploads/ and plugins/; port 0 picks a free port
 * (tests); {@code demo} fills an empty database with the demo content; {@code publicUrl} is the address readers use,
 * for canonical links (null: {@code http://localhost:<port>}); {@code trustedProxies} are the addresses or CIDR blocks
 * of reverse proxies whose X-Forwarded-For is believed (empty: none, the socket's peer is the client).
 */
public record ServerConfig(Path dataDirectory, int port, boolean demo, Clock clock, URI publicUrl,
        List<String> trustedProxies) {
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        requireNonNull(dataDirectory, "dataDirectory");
        requireNonNull(clock, "clock");
        trustedProxies = List.copyOf(requireNonNull(trustedProxies, "trustedProxies"));
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("端口必须在 0 到 65535 之间，收到 " + port);
        }
        if (publicUrl != null && !("http".equals(publicUrl.getScheme()) || "https".equals(publicUrl.getScheme()))) {
            throw new IllegalArgumentException("公开地址必须以 http:// 或 https:// 开头，收到 " + publicUrl);
        }
    }

    public static ServerConfig of(Path dataDirectory, int port, boolean demo) {
        return new ServerConfig(dataDirectory, port, demo, Clock.systemDefaultZone(), null, List.of());
    }
}
