package org.gongshi.content.listings;

import java.math.BigDecimal;
import org.gongshi.content.values.BoundedValues;

/** Yuan amounts stored as whole fen, so storage and sums are exact in SQLite and PostgreSQL alike. */
final class Amounts {
    private static final int FEN_DIGITS = 2;

    private Amounts() {}

    static Long toFen(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        // bounded first: whatever path a value took, it is never expanded or printed in full
        return BoundedValues.checkedYuan(yuan).movePointRight(FEN_DIGITS).longValueExact();
    }

    static BigDecimal toYuan(long fen) {
        return BigDecimal.valueOf(fen, FEN_DIGITS);
    }
}
