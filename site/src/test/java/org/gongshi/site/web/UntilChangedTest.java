package org.gongshi.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UntilChangedTest {
    @Test
    void theValueIsReadOnceForEachVersionAndAgainAsSoonAsTheVersionMoves() {
        AtomicLong version = new AtomicLong(7);
        AtomicInteger reads = new AtomicInteger();
        UntilChanged<String> newest = new UntilChanged<>(version::get, () -> "第" + reads.incrementAndGet() + "次");

        assertEquals("第1次", newest.get());
        assertEquals("第1次", newest.get(), "nothing written since");
        version.set(8);
        assertEquals("第2次", newest.get(), "a write: read again");
        version.set(0);
        assertEquals("第3次", newest.get(), "any other version, even a lower one, is a change");
        assertEquals(3, reads.get());
    }
}
