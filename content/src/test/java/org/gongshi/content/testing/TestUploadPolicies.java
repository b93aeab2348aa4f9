package org.gongshi.content.testing;

import java.util.EnumSet;
import org.gongshi.content.uploads.MediaType;
import org.gongshi.content.uploads.UploadPolicy;

/** Upload policies for tests of the store itself; the site's real ones belong to whoever takes the files. */
public final class TestUploadPolicies {
    /** What a public form with evidence accepts: PDF, JPEG or PNG, 10 MB each, five at most. */
    public static final UploadPolicy EVIDENCE =
            new UploadPolicy(EnumSet.of(MediaType.PDF, MediaType.JPEG, MediaType.PNG), 10 * 1024 * 1024, 5);

    private TestUploadPolicies() {}
}
