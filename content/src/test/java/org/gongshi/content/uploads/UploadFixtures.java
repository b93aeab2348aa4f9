package org.gongshi.content.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files under {@code src/test/resources/uploads}; the site's tests read them through the test jar. */
public final class UploadFixtures {
    private UploadFixtures() {}

    public static byte[] bytes(String name) {
        try (InputStream in = UploadFixtures.class.getResourceAsStream("/uploads/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no upload fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
