package org.gongshi.site.cli;

/** One line that says why a command failed: the most specific message in the cause chain, never a stack trace. */
final class FailureReason {
    private FailureReason() {}

    static String of(Throwable failure) {
        String reason = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                reason = cause.getMessage();
                break;
            }
        }
        String line = reason == null ? failure.getClass().getSimpleName() : reason;
        return line.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
