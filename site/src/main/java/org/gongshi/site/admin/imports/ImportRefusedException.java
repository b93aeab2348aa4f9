package org.gongshi.site.admin.imports;

import io.javalin.http.HttpStatus;

/**
 * An upload or a decision the import screens turn down, changing nothing: the page shows the zh-CN {@code reason}
 * with {@code status} (400 no file, 409 already decided, 415 not a text file, 422 unreadable).
 */
final class ImportRefusedException extends RuntimeException {
    private final HttpStatus status;

    ImportRefusedException(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
