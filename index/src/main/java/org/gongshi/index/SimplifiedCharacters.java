package org.gongshi.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * ICU's Traditional→Simplified mapping, character by character, as a table read from a resource. Both indexes use it:
 * a table lookup per character costs nothing, where loading ICU's transliterator takes a second and running it on
 * every token dominated rebuilds. SimplifiedCharactersTest keeps the table equal to ICU's.
 */
public final class SimplifiedCharacters {
    static final String RESOURCE = "traditional-simplified.txt";
    private static final char[] TABLE = table();

    private SimplifiedCharacters() {}

    public static char simplified(char character) {
        return TABLE[character];
    }

    private static char[] table() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int character = 0; character < table.length; character++) {
            table[character] = (char) character;
        }
        try (InputStream input = SimplifiedCharacters.class.getResourceAsStream(RESOURCE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() == 2) {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return table;
    }
}
