package org.gongshi.site.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.gongshi.content.uploads.MediaType;
import org.gongshi.plugin.DeletionGround;
import org.gongshi.plugin.FileType;
import org.junit.jupiter.api.Test;

/** The API's own copies of the content's enums, which the host maps by name, say the same thing. */
class ApiMirrorsTest {
    @Test
    void deletionGroundsAreTheListingsOwn() {
        assertEquals(describe(org.gongshi.content.listings.DeletionGround.values()),
                Arrays.stream(DeletionGround.values()).map(ground -> ground.name() + " " + ground.label()).toList());
    }

    @Test
    void fileTypesAreTheUploadsOwn() {
        assertEquals(Arrays.stream(MediaType.values()).map(type -> type.name() + " " + type.mimeType() + " "
                + type.label()).toList(), Arrays.stream(FileType.values()).map(type -> type.name() + " "
                + type.mimeType() + " " + type.label()).toList());
    }

    private static List<String> describe(org.gongshi.content.listings.DeletionGround[] grounds) {
        return Arrays.stream(grounds).map(ground -> ground.name() + " " + ground.label()).toList();
    }
}
