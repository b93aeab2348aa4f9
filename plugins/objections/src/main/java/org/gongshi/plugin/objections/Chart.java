package org.gongshi.plugin.objections;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics as an SVG bar chart the template draws from these numbers: per month a bar each for received,
 * upheld and rejected. Colours are SVG presentation attributes, which the site's CSP (no inline styles) allows.
 */
record Chart(int width, int height, int baseline, List<Bar> bars, List<Label> labels, int top) {
    /**
     * Nothing received or decided in the whole period: the page says 暂无数据 instead of drawing an empty axis.
     * Public, or the template cannot see it.
     */
    public boolean empty() {
        return bars.stream().allMatch(bar -> bar.height() == 0);
    }

    private static final int LEFT = 40;
    private static final int MONTH_WIDTH = 54;
    private static final int BAR_WIDTH = 14;
    private static final int PLOT_HEIGHT = 180;
    private static final String[] COLOURS = {"#1f4e79", "#2e7d32", "#b23c17"};

    /** One bar: where it stands, its colour and what it counts (for its tooltip). */
    record Bar(int x, int y, int width, int height, String fill, String title) {}

    /** A month's name under its bars. */
    record Label(int x, String text) {}

    static Chart of(List<MonthFigures> months) {
        int top = Math.max(1, months.stream().mapToInt(month -> Math.max(month.received(), month.decided()))
                .max().orElse(1));
        int baseline = 20 + PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int index = 0; index < months.size(); index++) {
            MonthFigures month = months.get(index);
            int x = LEFT + index * MONTH_WIDTH;
            int[] values = {month.received(), month.upheld(), month.rejected()};
            String[] names = {"收到", "成立", "不成立"};
            for (int series = 0; series < values.length; series++) {
                int height = (int) Math.round((double) PLOT_HEIGHT * values[series] / top);
                bars.add(new Bar(x + series * BAR_WIDTH, baseline - height, BAR_WIDTH - 2, height, COLOURS[series],
                        month.label() + names[series] + " " + values[series] + " 件"));
            }
            labels.add(new Label(x + BAR_WIDTH * 3 / 2, month.month().getMonthValue() + "月"));
        }
        return new Chart(LEFT + months.size() * MONTH_WIDTH + 10, baseline + 30, baseline, bars, labels, top);
    }

    public String[] colours() {
        return COLOURS.clone();
    }
}
