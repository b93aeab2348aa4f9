-- 政务失信, newest first: the page and the home page's block read the public listings of public bodies in publication
-- order. Without this small partial index the database sorts every such listing (tens of thousands on a national
-- list) for each view; with it, a page is the next twenty entries of the index. Its WHERE is the queries' own, word
-- for word, so SQLite and PostgreSQL both see that it applies.
CREATE INDEX listing_public_bodies_newest ON listing (published_on DESC, id)
    WHERE debtor_kind IN ('GOVERNMENT_BODY', 'PUBLIC_INSTITUTION', 'VILLAGE_COMMITTEE', 'STATE_OWNED_ENTERPRISE')
        AND status IN ('PUBLISHED', 'CORRECTED');
