package org.gongshi.content.listings.importing;

/** Thrown while checking one row: the row is rejected with this zh-CN reason and the import goes on. */
final class RowRejected extends Exception {
    RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
