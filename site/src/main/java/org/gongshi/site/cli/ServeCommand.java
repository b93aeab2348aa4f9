package org.gongshi.site.cli;

import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gongshi.site.GongshiServer;
import org.gongshi.site.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动网站")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "监听端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--data", defaultValue = "./data", description = "数据目录（默认 ${DEFAULT-VALUE}）")
    Path data;

    @Option(names = "--demo", description = "数据库为空时载入演示内容")
    boolean demo;

    @Option(names = "--public-url", description = "读者访问本站的地址，用于规范链接，例如 https://gongshi.example.cn/")
    URI publicUrl;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "可信反向代理的地址或网段（如 10.0.0.0/8），可重复；只有来自这些地址的请求才采信 X-Forwarded-For")
    List<String> trustedProxies = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        GongshiServer server;
        try {
            server = GongshiServer.start(new ServerConfig(data, port, demo, Clock.systemDefaultZone(), publicUrl,
                    trustedProxies));
        } catch (JavalinBindException e) {
            throw new IllegalStateException("端口 " + port + " 已被占用：换一个端口（--port）或先停止占用它的程序", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gongshi-shutdown"));
        stopped.await();
        return 0;
    }
}
