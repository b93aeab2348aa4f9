package org.gongshi.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese text as overlapping bigrams plus single characters, so one- and two-character queries match and longer
 * ones match as phrases of bigrams. Before that, NFKC with case folding makes full-width letters and digits plain
 * ASCII, and Traditional characters become Simplified, so 執行難 and 执行难 index alike.
 */
final class ChineseAnalyzer extends Analyzer {
    static final String BIGRAM_TYPE = "<DOUBLE>";
    static final String UNIGRAM_TYPE = "<SINGLE>";

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream simplified = new SimplifiedFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, new CJKBigramFilter(simplified, CJKBigramFilter.HAN, true));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }
}
