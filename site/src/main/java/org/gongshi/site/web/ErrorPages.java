package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into responses: a localized page for people, problem+json under /api/. No stack
 * trace or exception text ever reaches the client; unexpected failures are logged with a reference.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Pages pages;
    private final Messages messages;

    public ErrorPages(Pages pages, Messages messages) {
        this.pages = requireNonNull(pages, "pages");
        this.messages = requireNonNull(messages, "messages");
    }

    public void install(RoutesConfig routes) {
        routes.exception(PageNotFoundException.class, (e, context) -> notFound(context));
        // Says only that it is gone: the page must not repeat anything of what was withdrawn.
        routes.exception(GoneException.class, (e, context) ->
                respond(context, 410, "error.gone.title", messages.get("error.gone.detail")));
        routes.exception(ForbiddenException.class,
                (e, context) -> respond(context, 403, "error.forbidden.title", e.describe(messages)));
        // Close the connection: the client may still be sending the body the server will not read.
        routes.exception(RequestTooLargeException.class, (e, context) -> {
            context.header("Connection", "close");
            respond(context, 413, "error.tooLarge.title", e.describe(messages));
        });
        routes.exception(LengthRequiredException.class, (e, context) -> {
            context.header("Connection", "close");
            respond(context, 411, "error.badRequest.title", messages.get("error.lengthRequired"));
        });
        routes.exception(ContentTooLargeResponse.class, (e, context) ->
                respond(context, 413, "error.tooLarge.title", messages.get("error.tooLarge.anyLimit")));
        routes.exception(ServletException.class, this::servletFailure);
        routes.exception(InvalidRequestException.class,
                (e, context) -> respond(context, 400, "error.badRequest.title", e.describe(messages)));
        routes.exception(Exception.class, this::unexpected);
        // Unmatched routes end here too; rendering the same page twice for a thrown 404 is harmless.
        routes.error(404, this::notFound);
    }

    /** A multipart form Jetty refused while reading it: over the size limit (413) or malformed (400). */
    private void servletFailure(ServletException failure, Context context) {
        if (BodyFailures.exceededALimit(failure)) {
            respond(context, 413, "error.tooLarge.title", messages.get("error.tooLarge.anyLimit"));
        } else {
            unexpected(failure, context);
        }
    }

    /**
     * A body the client broke or cut off is its own fault: 400, and nothing in the log, which anyone could flood
     * otherwise. Anything else is the site's fault: 500, logged with its trace.
     */
    private void unexpected(Exception failure, Context context) {
        if (BodyFailures.isMalformedOrCutOff(failure)) {
            context.header("Connection", "close");
            respond(context, 400, "error.badRequest.title", messages.get("error.malformedBody"));
        } else {
            failed(context, failure);
        }
    }

    private void failed(Context context, Exception e) {
        LOG.error("request {} {} failed", context.method(), context.path(), e);
        respond(context, 500, "error.server.title", messages.get("error.server.detail"));
    }

    private void notFound(Context context) {
        respond(context, 404, "error.notFound.title", messages.get("error.notFound.detail"));
    }

    private void respond(Context context, int status, String titleKey, String detail) {
        String title = messages.get(titleKey);
        context.status(status);
        if (context.path().startsWith("/api/")) {
            context.json(new Problem("about:blank", title, status, detail)).contentType(Problem.MEDIA_TYPE);
            return;
        }
        try {
            pages.render(context, "errors/error.peb", Map.of("status", status, "title", title, "detail", detail),
                    null);
        } catch (RuntimeException renderingFailed) {
            LOG.error("error page for status {} could not be rendered", status, renderingFailed);
            context.contentType("text/plain; charset=utf-8").result(title + "\n" + detail);
        }
    }
}
