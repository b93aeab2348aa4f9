package org.gongshi.content.listings;

import java.math.BigDecimal;

/** Yuan amounts stored as whole fen, so storage and sums are exact in SQLite and PostgreSQL alike. */
final class Amounts {
    private static final int FEN_DIGITS = 2;

    private Amounts() {}

    static Long toFen(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        try {
            return yuan.movePointRight(FEN_DIGITS).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("金额 " + yuan.toPlainString() + " 元不能精确到分", e);
        }
    }

    static BigDecimal toYuan(long fen) {
        return BigDecimal.valueOf(fen, FEN_DIGITS);
    }
}
