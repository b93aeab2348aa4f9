package org.gongshi.site.web;

/**
 * Jetty's refusals of a multipart form, as they reach the site: a {@code ServletException} around a 400 "bad
 * multipart" whose cause says a size limit was exceeded ("max file size exceeded", "max length exceeded") or that the
 * form is malformed. Only the cause tells the two apart.
 */
final class MultipartFailures {
    private MultipartFailures() {}

    static boolean isMultipartFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.http.BadMessageException) {
                return true;
            }
        }
        return false;
    }

    static boolean exceededALimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IllegalStateException && message != null && message.startsWith("max ")
                    && message.contains("exceeded")) {
                return true;
            }
        }
        return false;
    }
}
