package org.gongshi.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns each Traditional character of a token into its Simplified form, in place. */
final class SimplifiedFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SimplifiedFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int index = 0; index < term.length(); index++) {
            buffer[index] = SimplifiedCharacters.simplified(buffer[index]);
        }
        return true;
    }
}
