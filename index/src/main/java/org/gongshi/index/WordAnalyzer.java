package org.gongshi.index;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;

/** Chinese text segmented into dictionary words by smartcn, folded like {@link ChineseAnalyzer}. */
final class WordAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
        // smartcn emits punctuation as words; its default stop set is exactly that punctuation.
        TokenStream words = new StopFilter(tokenizer, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(
                tokenizer, new ICUTransformFilter(words, Transliterator.getInstance("Traditional-Simplified")));
    }
}
