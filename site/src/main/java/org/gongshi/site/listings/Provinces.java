package org.gongshi.site.listings;

import java.util.List;

/**
 * The 31 provincial-level divisions of the mainland by the short names the national list files under 省份 (北京, 广西,
 * 新疆), and the full names people type, which mean the same: 北京市, 广西壮族自治区.
 */
final class Provinces {
    static final List<String> ALL = List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
            "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆");
    /** Longest first, so 壮族自治区 goes before 自治区. */
    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市");

    private Provinces() {}

    /** The short name of {@code typed} when it is one of the 31, else {@code typed} as it is. */
    static String shortName(String typed) {
        for (String suffix : SUFFIXES) {
            String stem = typed.endsWith(suffix) ? typed.substring(0, typed.length() - suffix.length()) : null;
            if (stem != null && ALL.contains(stem)) {
                return stem;
            }
        }
        return typed;
    }
}
