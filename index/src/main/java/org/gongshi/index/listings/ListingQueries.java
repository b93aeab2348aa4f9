package org.gongshi.index.listings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A {@link ListingQuery} as Lucene queries, one per relevance tier, each to be read newest first: with a name, the
 * listings whose whole name is the query, then those whose name only contains it; without one, the filters alone.
 * Nothing is scored, since the tier and the date decide the order. {@code name} is the query's name as folded for the
 * index, null for none.
 */
record ListingQueries(List<Query> filters, String name) {
    /**
     * The tiers of {@code query}, its filters made and its name folded once for all of them; {@code courts}: the
     * court keywords that contain the court asked for, when one is.
     */
    static ListingQueries of(ListingQuery query, List<String> courts) {
        return new ListingQueries(filters(query, courts),
                query.name() == null ? null : NameCharacters.ofName(query.name()));
    }

    /** The listings the filters alone select, for a query without a name. */
    Query filtered() {
        return all().build();
    }

    /** The first tier of a query with a name: the listings whose whole name is the query. */
    Query exactNames() {
        return all().add(exact(), Occur.FILTER).build();
    }

    /**
     * The second tier: names that contain the query; {@code exceptExact}: leave out the first tier's, which costs a
     * lookup of its own, so it is asked for only when the first tier found any.
     */
    Query namesContaining(boolean exceptExact) {
        BooleanQuery.Builder tier = all().add(containing(name), Occur.FILTER);
        if (exceptExact) {
            tier.add(exact(), Occur.MUST_NOT);
        }
        return tier.build();
    }

    private Query exact() {
        return new TermQuery(exactTerm());
    }

    private Term exactTerm() {
        return new Term(ListingSchema.NAME_EXACT, name);
    }

    private BooleanQuery.Builder all() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        filters.forEach(filter -> all.add(filter, Occur.FILTER));
        return all;
    }

    private static List<Query> filters(ListingQuery query, List<String> courts) {
        List<Query> filters = new ArrayList<>();
        keyword(filters, ListingSchema.IDENTIFIER_KEY, query.identifierKey());
        keyword(filters, ListingSchema.CASE_NUMBER, query.caseNumber());
        if (query.court() != null) {
            // People know a court by part of its name (海淀区人民法院 for 北京市海淀区人民法院).
            filters.add(courts.isEmpty() ? new MatchNoDocsQuery("no such court")
                    : new TermInSetQuery(ListingSchema.COURT_KEY, courts.stream().map(BytesRef::new).toList()));
        }
        keyword(filters, ListingSchema.PROVINCE_KEY,
                query.province() == null ? null : NameCharacters.ofKeyword(query.province()));
        return List.copyOf(filters);
    }

    /**
     * Whether every listing whose name contains the query's has it as its whole name, so that the second tier could
     * only repeat the first; for a full name among a million listings it is the common case, and the second tier cost
     * as much as the first. A longer name containing it either goes on past it (a tail of that name begins with it
     * and is longer) or ends with it (a tail equal to it, held by more listings than the whole name is). A shorter
     * query has no tails: then one of the terms a containing name must hold is held no more often than the whole
     * name. Counts include deleted listings, which can only make the answer no.
     */
    boolean containingIsExact(IndexReader reader) throws IOException {
        int exact = reader.docFreq(exactTerm());
        if (name.codePointCount(0, name.length()) >= ListingSchema.SHORTEST_TAIL) {
            return reader.docFreq(new Term(ListingSchema.NAME_TAILS, name)) == exact && !goesOnPast(reader);
        }
        for (Placed placed : covering(name.codePoints().toArray())) {
            if (reader.docFreq(placed.term()) == exact) {
                return true;
            }
        }
        return false;
    }

    /** Whether some name goes on past the query: a tail that begins with it and is longer. */
    private boolean goesOnPast(IndexReader reader) throws IOException {
        BytesRef query = new BytesRef(name);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms tails = leaf.reader().terms(ListingSchema.NAME_TAILS);
            if (tails == null) {
                continue;
            }
            TermsEnum terms = tails.iterator();
            BytesRef after = switch (terms.seekCeil(query)) {
                case FOUND -> terms.next();
                case NOT_FOUND -> terms.term();
                case END -> null;
            };
            if (after != null && StringHelper.startsWith(after, query)) {
                return true;
            }
        }
        return false;
    }

    /** Names containing {@code characters}: one character, one pair, one triple, or a phrase of triples covering it. */
    private static Query containing(String characters) {
        List<Placed> covering = covering(characters.codePoints().toArray());
        if (covering.size() == 1) {
            return new TermQuery(covering.get(0).term());
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        covering.forEach(placed -> phrase.add(placed.term(), placed.position()));
        return phrase.build();
    }

    /**
     * The terms a name containing {@code codePoints} holds, each at its position: the one character, the pair, or
     * every third triple and the last. Those cover each character in its place, so the triples between them would add
     * nothing to the match but a posting list to walk.
     */
    private static List<Placed> covering(int[] codePoints) {
        if (codePoints.length <= 2) {
            String field = codePoints.length == 1 ? ListingSchema.NAME : ListingSchema.NAME_PAIRS;
            return List.of(new Placed(new Term(field, new String(codePoints, 0, codePoints.length)), 0));
        }
        List<Placed> triples = new ArrayList<>();
        int last = codePoints.length - 3;
        for (int start = 0; start <= last; start = start == last ? last + 1 : Math.min(start + 3, last)) {
            triples.add(new Placed(new Term(ListingSchema.NAME_TRIPLES, new String(codePoints, start, 3)), start));
        }
        return triples;
    }

    private record Placed(Term term, int position) {}

    private static void keyword(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(new TermQuery(new Term(field, value)));
        }
    }
}
