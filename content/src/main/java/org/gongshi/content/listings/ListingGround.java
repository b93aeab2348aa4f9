package org.gongshi.content.listings;

import java.util.List;

/**
 * The six circumstances of Art. 1 of the SPC's 2017 provisions on publishing the list of dishonest judgment debtors,
 * each recognised in a listing's 失信被执行人行为具体情形 by the words that the national site and court files use for
 * it (also in fragments, since combinations are joined with 、 as the wording of item (2) itself is).
 */
public enum ListingGround {
    /** (一) 有履行能力而拒不履行生效法律文书确定义务: no fixed term (Art. 2 names only items (2)–(6)). */
    ABLE_BUT_REFUSES(1, "有履行能力而拒不履行生效法律文书确定义务", List.of("有履行能力", "拒不履行生效法律文书", "生效法律文书确定")),
    /** (二) 以伪造证据、暴力、威胁等方法妨碍、抗拒执行. */
    OBSTRUCTS(2, "以伪造证据、暴力、威胁等方法妨碍、抗拒执行", List.of("伪造证据", "暴力", "威胁", "妨碍", "抗拒执行")),
    /** (三) 以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行; the national site's 其他规避执行 is this item. */
    EVADES(3, "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
            List.of("虚假诉讼", "虚假仲裁", "隐匿", "转移财产", "规避执行")),
    /** (四) 违反财产报告制度. */
    PROPERTY_REPORT(4, "违反财产报告制度", List.of("财产报告", "报告财产")),
    /** (五) 违反限制消费令 (限制高消费令 in the 2013 wording). */
    CONSUMPTION_ORDER(5, "违反限制消费令", List.of("限制消费", "限制高消费", "消费令")),
    /** (六) 无正当理由拒不履行执行和解协议. */
    SETTLEMENT_BREACH(6, "无正当理由拒不履行执行和解协议", List.of("和解协议"));

    private final int item;
    private final String wording;
    private final List<String> words;

    ListingGround(int item, String wording, List<String> words) {
        this.item = item;
        this.wording = wording;
        this.words = words;
    }

    /** The item of Art. 1, 1–6. */
    public int item() {
        return item;
    }

    /** The article's own wording. */
    public String wording() {
        return wording;
    }

    /** Art. 2: items (2)–(6) are listed for two years; item (1) until an Art. 10 ground removes the listing. */
    public boolean hasFixedTerm() {
        return this != ABLE_BUT_REFUSES;
    }

    /** Whether {@code fragment} of a conduct text speaks of this circumstance. */
    boolean isNamedIn(String fragment) {
        return words.stream().anyMatch(fragment::contains);
    }
}
