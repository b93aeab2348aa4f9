package org.gongshi.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailureReasonTest {
    @Test
    void takesTheFirstMessageAndKeepsItOnOneLine() {
        Exception failure = new RuntimeException(null, new IllegalStateException("索引被占用\n  at somewhere"));
        assertEquals("索引被占用 at somewhere", FailureReason.of(failure));
    }

    @Test
    void namesTheFailureWhenNothingSaysWhy() {
        assertEquals("NullPointerException", FailureReason.of(new NullPointerException()));
    }
}
