package org.gongshi.index.listings;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A {@link ListingQuery} as a Lucene query. Scores are constant on purpose: 2 when the whole name equals the query
 * (it also contains it, so 3 in all), 1 when the name only contains it, 0 for filters alone, so relevance is a tier and
 * the publication date orders each tier.
 */
final class ListingQueries {
    private static final float EXACT_NAME_BOOST = 2f;

    private ListingQueries() {}

    static Query of(ListingQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (query.name() != null) {
            all.add(name(NameCharacters.ofName(query.name())), Occur.MUST);
        }
        filter(all, ListingSchema.IDENTIFIER_KEY, query.identifierKey());
        filter(all, ListingSchema.CASE_NUMBER, query.caseNumber());
        if (query.court() != null) {
            all.add(courtContaining(NameCharacters.ofKeyword(query.court())), Occur.FILTER);
        }
        filter(all, ListingSchema.PROVINCE_KEY,
                query.province() == null ? null : NameCharacters.ofKeyword(query.province()));
        return all.build();
    }

    /** People know a court by part of its name (海淀区人民法院 for 北京市海淀区人民法院); a few thousand courts are cheap to scan. */
    private static Query courtContaining(String key) {
        return new WildcardQuery(new Term(ListingSchema.COURT_KEY, "*" + escaped(key) + "*"));
    }

    private static String escaped(String key) {
        StringBuilder escaped = new StringBuilder(key.length());
        key.codePoints().forEach(codePoint -> {
            if (codePoint == WildcardQuery.WILDCARD_STRING || codePoint == WildcardQuery.WILDCARD_CHAR
                    || codePoint == WildcardQuery.WILDCARD_ESCAPE) {
                escaped.append(WildcardQuery.WILDCARD_ESCAPE);
            }
            escaped.appendCodePoint(codePoint);
        });
        return escaped.toString();
    }

    private static Query name(String characters) {
        Query exact = new ConstantScoreQuery(new TermQuery(new Term(ListingSchema.NAME_EXACT, characters)));
        return new BooleanQuery.Builder()
                .add(new BoostQuery(exact, EXACT_NAME_BOOST), Occur.SHOULD)
                .add(new ConstantScoreQuery(phrase(characters)), Occur.SHOULD)
                .build();
    }

    private static Query phrase(String characters) {
        int[] codePoints = characters.codePoints().toArray();
        if (codePoints.length == 1) {
            return new TermQuery(new Term(ListingSchema.NAME, characters));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int codePoint : codePoints) {
            phrase.add(new Term(ListingSchema.NAME, Character.toString(codePoint)));
        }
        return phrase.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null) {
            all.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
