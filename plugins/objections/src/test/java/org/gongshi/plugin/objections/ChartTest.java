package org.gongshi.plugin.objections;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aYearWithNothingReceivedOrDecidedIsAnEmptyChart() {
        List<MonthFigures> quiet = List.of(new MonthFigures(NOVEMBER.minusMonths(1), 0, 0, 0, null, null),
                new MonthFigures(NOVEMBER, 0, 0, 0, null, null));

        assertTrue(Chart.of(quiet).empty());
    }

    @Test
    void oneRequestIsEnoughToDraw() {
        List<MonthFigures> one = List.of(new MonthFigures(NOVEMBER.minusMonths(1), 0, 0, 0, null, null),
                new MonthFigures(NOVEMBER, 1, 1, 0, 0.0, 100));

        assertFalse(Chart.of(one).empty());
    }
}
