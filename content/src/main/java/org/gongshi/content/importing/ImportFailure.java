package org.gongshi.content.importing;

/** A file that cannot be imported; the message is the zh-CN reason shown to the person importing. */
public final class ImportFailure extends RuntimeException {
    ImportFailure(String reason) {
        super(reason);
    }
}
