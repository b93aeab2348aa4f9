package org.gongshi.content.listings;

import java.time.LocalDate;

/** How far a public-body debtor has put things right, and since when. */
public record Rectification(State state, LocalDate since) {
    public enum State {
        NOT_PERFORMED("未履行"),
        PERFORMING("履行中"),
        SETTLED("已和解"),
        PERFORMED("已履行");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
