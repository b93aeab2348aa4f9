package org.gongshi.site.web;

/**
 * Request bodies that failed as Jetty read them, as the failures reach the site: a body the client broke (a bad chunk,
 * a multipart form out of shape) or cut off before its declared length ends in Jetty's {@code BadMessageException}
 * or {@code EofException} family, and a multipart form over a size limit in a cause that says "max ... exceeded".
 * Both are the client's doing, never the site's.
 */
final class BodyFailures {
    private BodyFailures() {}

    static boolean isMalformedOrCutOff(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.http.HttpException
                    || cause instanceof org.eclipse.jetty.io.EofException) {
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
