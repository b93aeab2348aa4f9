package org.gongshi.site.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The bundled list of common and breached passwords (passwords/common-passwords.json, see the LICENSE file beside
 * it), held as one sorted array of the entries long enough to pass the length rule: about 18,000 strings, searched
 * by bisection. Comparison is after NFKC and lower-casing, so full-width or capitalised copies match too.
 */
final class CommonPasswords {
    static final String RESOURCE = "/passwords/common-passwords.json";

    private final String[] sorted;

    private CommonPasswords(String[] sorted) {
        this.sorted = sorted;
    }

    /** Reads the bundled list; call once and share the result. */
    static CommonPasswords bundled() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the common password list " + RESOURCE + " is missing from the jar");
            }
            return of(new ObjectMapper().readValue(in, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("the common password list " + RESOURCE + " cannot be read", e);
        }
    }

    static CommonPasswords of(String... passwords) {
        return new CommonPasswords(Arrays.stream(passwords)
                .map(CommonPasswords::normalize)
                .filter(password -> password.codePointCount(0, password.length()) >= PasswordPolicy.MINIMUM)
                .distinct().sorted().toArray(String[]::new));
    }

    boolean contains(String password) {
        return Arrays.binarySearch(sorted, normalize(password)) >= 0;
    }

    int size() {
        return sorted.length;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
