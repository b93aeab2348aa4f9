package org.gongshi.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gongshi.content.numbers.DocumentNumbers;

/**
 * Turns a user's text into a Lucene query: every term must match as a phrase of its bigrams in the title or the body
 * (titles weigh more), and text that reads as a 文号 or 案号 also matches the number keywords, strongly.
 */
final class TextQueries {
    static final int MAX_TOKENS_PER_TERM = 24;
    private static final float TITLE_BOOST = 3f;
    private static final float CHARACTERS_BOOST = 0.5f;
    private static final float NUMBER_BOOST = 100f;
    private static final float CITED_NUMBER_BOOST = 10f;

    private final Analyzer analyzer;

    TextQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder allTerms = new BooleanQuery.Builder();
        boolean anyTerm = false;
        for (String term : UserText.terms(text)) {
            Query termQuery = termQuery(term);
            if (termQuery != null) {
                allTerms.add(termQuery, Occur.MUST);
                anyTerm = true;
            }
        }
        Query textQuery = anyTerm ? allTerms.build() : new MatchNoDocsQuery("no searchable characters");
        String canonical = DocumentNumbers.canonical(text.length() > UserText.MAX_CHARACTERS ? "" : text);
        if (!CitedNumbers.isNumber(canonical)) {
            return textQuery;
        }
        return new BooleanQuery.Builder()
                .add(textQuery, Occur.SHOULD)
                .add(constant(IndexSchema.NUMBER, canonical, NUMBER_BOOST), Occur.SHOULD)
                .add(constant(IndexSchema.CITED_NUMBER, canonical, CITED_NUMBER_BOOST), Occur.SHOULD)
                .build();
    }

    /**
     * One term in the title or the body; null when the term has nothing searchable, like a lone {@code *}. The
     * bigram phrase is the main match; the same characters as a phrase of single characters also match where
     * punctuation split the bigrams, as in 拒不执行判决、裁定罪 for 拒不执行判决裁定罪.
     */
    private Query termQuery(String term) {
        List<Token> tokens = analyze(IndexSchema.BODY, term);
        List<Token> bigrams = withoutCoveredCharacters(tokens);
        if (bigrams.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        addTitleAndBody(fields, bigrams, 1f);
        List<Token> characters = tokens.stream().filter(token -> !ChineseAnalyzer.BIGRAM_TYPE.equals(token.type())).toList();
        if (characters.size() > bigrams.size()) {
            addTitleAndBody(fields, characters, CHARACTERS_BOOST);
        }
        return fields.build();
    }

    private static void addTitleAndBody(BooleanQuery.Builder fields, List<Token> tokens, float boost) {
        fields.add(new BoostQuery(phrase(IndexSchema.TITLE, tokens), TITLE_BOOST * boost), Occur.SHOULD);
        fields.add(new BoostQuery(phrase(IndexSchema.BODY, tokens), boost), Occur.SHOULD);
    }

    /**
     * The index has every character and every bigram; a phrase needs only the bigrams, plus the characters no bigram
     * covers (a lone Han character, a number, a Latin word), each at the position the index gave it.
     */
    private static List<Token> withoutCoveredCharacters(List<Token> tokens) {
        Set<Integer> bigramStarts = new HashSet<>();
        for (Token token : tokens) {
            if (ChineseAnalyzer.BIGRAM_TYPE.equals(token.type())) {
                bigramStarts.add(token.position());
            }
        }
        List<Token> needed = new ArrayList<>();
        for (Token token : tokens) {
            boolean covered = ChineseAnalyzer.UNIGRAM_TYPE.equals(token.type())
                    && (bigramStarts.contains(token.position()) || bigramStarts.contains(token.position() - 1));
            if (!covered) {
                needed.add(token);
            }
        }
        return needed;
    }

    private List<Token> analyze(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken() && position < MAX_TOKENS_PER_TERM) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query cannot fail on a string", e);
        }
        return tokens;
    }

    private static Query phrase(String field, List<Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.text()), token.position());
        }
        return phrase.build();
    }

    private static Query constant(String field, String value, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
    }

    private record Token(String text, int position, String type) {}
}
