package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies a client breaks or cuts off, on routes anyone may post to without signing in: a 400 in zh-CN, never a 500,
 * and nothing in the log, so nobody can flood it with stack traces.
 */
class MalformedBodyIT {
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "/challenge, bad chunk", "/challenge, short body", "/challenge, cut-off chunk",
        "/admin/login, bad chunk", "/admin/login, short body", "/admin/login, cut-off chunk",
        "/objections/status, bad chunk", "/objections/status, short body", "/objections/status, cut-off chunk"})
    void aBrokenBodyIsABadRequestAndNoError(String path, String shape) throws IOException {
        String headersAndBody = switch (shape) {
            case "bad chunk" -> "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n";
            case "short body" -> "Content-Length: 500\r\n\r\nname=a&password=b";
            case "cut-off chunk" -> "Transfer-Encoding: chunked\r\n\r\n40\r\nname=a&pass";
            default -> throw new IllegalArgumentException(shape);
        };
        PrintStream standardError = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String response;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", site.url().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Cookie: gongshi_form_public=t; gongshi_form_login=t\r\n" + FORM + headersAndBody)
                    .getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            System.setErr(standardError);
        }

        String logged = log.toString(StandardCharsets.UTF_8);
        assertFalse(logged.contains("ERROR") || logged.contains("Exception"), logged);
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("请求内容的格式有误") || response.contains("请求无法处理"), response);
    }
}
