package org.gongshi.site.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before a request reaches the site (a malformed address such as {@code /cases/%zz}): a
 * short zh-CN page with the site's security headers instead of Jetty's English one.
 */
public final class ProtocolErrorPage extends ErrorHandler {
    private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>请求无法处理</title></head><body><h1>请求无法处理</h1>"
            + "<p>网址格式有误，请检查后重试，或<a href=\"/\">返回首页</a>。</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(PAGE), callback);
        return true;
    }
}
