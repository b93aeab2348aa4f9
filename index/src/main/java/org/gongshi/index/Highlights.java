package org.gongshi.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Titles and body snippets as escaped HTML with matches in {@code <mark>}: the formatter escapes every character of
 * the stored text, so the only markup in the result is ours. With no match, the title whole and the body's beginning.
 */
final class Highlights {
    static final int SNIPPET_LENGTH = 120;

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Per hit in {@code topDocs}: the title HTML and the snippet HTML. */
    String[][] of(IndexSearcher searcher, Query query, TopDocs topDocs) throws IOException {
        Map<String, String[]> fields = highlighter(searcher)
                .highlightFields(new String[] {IndexSchema.TITLE, IndexSchema.BODY}, query, topDocs);
        String[] titles = fields.get(IndexSchema.TITLE);
        String[] snippets = fields.get(IndexSchema.BODY);
        String[][] result = new String[topDocs.scoreDocs.length][];
        for (int hit = 0; hit < result.length; hit++) {
            result[hit] = new String[] {nullToEmpty(titles[hit]), nullToEmpty(snippets[hit])};
        }
        return result;
    }

    /**
     * Both fields in one pass, from the offsets in the postings of the query's terms alone. A phrase is not matched
     * again, so its bigrams are marked wherever they occur; as they overlap, a phrase that is there is marked whole.
     * Matching each phrase per hit again cost four fifths of a search that was not remembered.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withFormatter(new ClippedFormatter())
                .withMaxNoHighlightPassages(1);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return IndexSchema.TITLE.equals(field) ? new WholeBreakIterator() : snippetBreaks();
            }
        };
    }

    private static BreakIterator snippetBreaks() {
        // Chinese sentences often run to hundreds of characters, so cut by characters with the match in the middle.
        return LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getCharacterInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f);
    }

    /** Escapes, marks matches, and shows with … where a snippet starts or ends inside the text. */
    private static final class ClippedFormatter extends DefaultPassageFormatter {
        ClippedFormatter() {
            super("<mark>", "</mark>", "…", true);
        }

        @Override
        public String format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return super.format(passages, content);
            }
            String html = super.format(passages, content);
            boolean clippedStart = passages[0].getStartOffset() > 0;
            boolean clippedEnd = passages[passages.length - 1].getEndOffset() < content.strip().length();
            return (clippedStart ? "…" : "") + html.strip() + (clippedEnd ? "…" : "");
        }
    }

    private static String nullToEmpty(String html) {
        return html == null ? "" : html;
    }
}
